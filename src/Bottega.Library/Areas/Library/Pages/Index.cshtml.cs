using Bottega.Library.Features.Access;
using Bottega.Library.Features.Documents;
using Bottega.Platform.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Bottega.Library.Areas.Library.Pages;

/// <summary>The library's home: the search box, the collections with their counts, the latest documents the viewer may see.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimitPolicies.Public)]
public sealed class IndexModel(LibraryBrowsing browsing, DocumentAccess access) : PageModel
{
    public LibraryHome Home { get; private set; } = null!;

    public bool IsMember { get; private set; }

    public bool IsAdmin { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Home = await browsing.HomeAsync(cancellationToken);
        var viewer = await access.ViewerAsync(cancellationToken);
        IsMember = viewer.IsMember;
        IsAdmin = viewer.IsNetworkAdmin;
    }
}
