using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Bottega.Platform.Paging;

/// <summary>What the shared _Pager partial needs: the current page, how many, and the request to link from.</summary>
public sealed record PagerModel(int Page, int PageCount, int Total, string Path, IReadOnlyDictionary<string, string?> Query)
{
    public static PagerModel From(HttpRequest request, int page, int pageCount, int total)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query.Where(q => !string.Equals(q.Key, "page", StringComparison.OrdinalIgnoreCase))
            .ToDictionary(q => q.Key, q => (string?)q.Value.ToString());
        return new PagerModel(page, pageCount, total, request.Path, query);
    }

    public string UrlFor(int page) =>
        QueryHelpers.AddQueryString(Path, Query.Append(new KeyValuePair<string, string?>("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture))));
}
