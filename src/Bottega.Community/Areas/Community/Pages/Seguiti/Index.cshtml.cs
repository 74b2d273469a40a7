using Bottega.Community.Features.Following;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Community.Areas.Community.Pages.Seguiti;

[Authorize(Policy = NetworkPolicies.Member)]
public sealed class IndexModel(Following following) : PageModel
{
    public IReadOnlyList<FollowedItem> Items { get; private set; } = [];

    public async Task OnGetAsync(string network, CancellationToken cancellationToken) =>
        Items = await following.ListAsync(network, cancellationToken);
}
