using Bottega.Library.Domain;

namespace Bottega.Library.Features.Search;

/// <summary>
/// One page of search results (<see cref="LibrarySearch.PageSize"/> hits) and how many there are in all, or, when
/// <see cref="TotalIsCapped"/>, that there are more than <see cref="Total"/> (<see cref="LibrarySearch.MaxCounted"/>).
/// </summary>
public sealed record LibrarySearchPage(IReadOnlyList<LibrarySearchHit> Hits, int Total, int Page, int PageCount, string? Error = null, bool TotalIsCapped = false)
{
    public static readonly LibrarySearchPage Empty = new([], 0, 1, 0);
}

/// <summary>
/// A found document. <see cref="TitleHtml"/> and <see cref="SnippetHtml"/> are HTML (the text encoded, the matched
/// words in <c>&lt;mark&gt;</c>), for <c>Html.Raw</c>.
/// </summary>
public sealed record LibrarySearchHit(
    Guid DocumentId,
    string TitleHtml,
    DocumentKind Kind,
    string? CollectionName,
    string? OrganizationName,
    string? RegionName,
    int Year,
    int CurrentVersion,
    long Downloads,
    int Adoptions,
    string SnippetHtml);
