using Bottega.Identity.Domain;
using Bottega.Identity.Features.Memberships;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Identity.Areas.Identity.Pages.Rete;

/// <summary>Pending join requests: network admins see all, a training referent those of their own organization.</summary>
[Authorize(Policy = NetworkPolicies.Referent)]
public sealed class RichiesteModel(MemberDirectory directory, NetworkMemberships memberships, ICurrentUser user, ITenantContext tenant) : PageModel
{
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public MemberPage Requests { get; private set; } = null!;

    public bool OnlyOrganization { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await memberships.DecisionScopeAsync(user.Id!.Value, cancellationToken);
        OnlyOrganization = scope.OnlyOrganization is not null;
        Requests = await directory.ListAsync(new MemberFilter { Status = MembershipStatus.Pending, Page = PageNumber },
            scope.OnlyOrganization ?? (scope.All ? null : Guid.Empty), cancellationToken);
    }

    public Task<IActionResult> OnPostApproveAsync(Guid membershipId, CancellationToken cancellationToken) => DecideAsync(membershipId, true, cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(Guid membershipId, CancellationToken cancellationToken) => DecideAsync(membershipId, false, cancellationToken);

    private async Task<IActionResult> DecideAsync(Guid membershipId, bool approve, CancellationToken cancellationToken)
    {
        var outcome = await memberships.DecideAsync(membershipId, approve, user.Id!.Value, cancellationToken);
        switch (outcome)
        {
            case DecisionOutcome.NotFound:
                return NotFound();
            case DecisionOutcome.Forbidden:
                return Forbid();
            default:
                TempData["Message"] = outcome == DecisionOutcome.Done
                    ? (approve ? "Adesione approvata." : "Richiesta respinta.")
                    : "La richiesta era già stata decisa.";
                return LocalRedirect($"/reti/{tenant.Network!.Slug}/richieste");
        }
    }
}
