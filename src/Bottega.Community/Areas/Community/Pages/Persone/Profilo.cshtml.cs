using Bottega.Community.Features.Directory;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Community.Areas.Community.Pages.Persone;

/// <summary>A member's community profile; anyone who is not an active member of this network is not found.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class ProfiloModel(CommunityProfiles profiles, ICurrentUser user, ITenantContext tenant) : PageModel
{
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public string Slug => tenant.Network!.Slug;

    public CommunityProfile Profile { get; private set; } = null!;

    public bool IsMe { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid userId, CancellationToken cancellationToken)
    {
        var profile = await profiles.FindAsync(userId, PageNumber, cancellationToken);
        if (profile is null)
        {
            return NotFound();
        }

        Profile = profile;
        IsMe = user.Id == userId;
        return Page();
    }
}
