using Bottega.Library.Features.Groups;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Library.Areas.Library.Pages.Gruppi;

/// <summary>The network's working groups, the viewer's own first.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class IndexModel(WorkingGroups groups, ICurrentUser user, ICurrentNetworkRoles roles) : PageModel
{
    public GroupList List { get; private set; } = null!;

    /// <summary>Network admins may open every group.</summary>
    public bool IsAdmin { get; private set; }

    public async Task OnGetAsync([FromQuery(Name = "page")] int page, CancellationToken cancellationToken)
    {
        List = await groups.ListAsync(user.Id, includeArchived: false, Math.Max(1, page), cancellationToken);
        IsAdmin = (await roles.GetAsync(cancellationToken)).HasFlag(NetworkRole.NetworkAdmin);
    }
}
