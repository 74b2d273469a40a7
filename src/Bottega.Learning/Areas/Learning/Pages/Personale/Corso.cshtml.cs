using Bottega.Learning.Features.Ledger;
using Bottega.Learning.Features.Staff;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Learning.Areas.Learning.Pages.Personale;

/// <summary>How the referent's staff are doing in one course of the network's catalogue.</summary>
[Authorize(Policy = NetworkPolicies.Referent)]
public sealed class CorsoModel(StaffTraining staff, ICurrentUser user, ICurrentNetworkRoles roles) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ente")]
    public Guid? OrganizationId { get; set; }

    public StaffScope Scope { get; private set; } = null!;

    public string Title { get; private set; } = "";

    public IReadOnlyList<StaffCourseRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid courseId, CancellationToken cancellationToken)
    {
        Scope = await staff.ScopeAsync(await Decider.CurrentAsync(user, roles, cancellationToken), OrganizationId, cancellationToken);
        if (Scope.OrganizationId is not { } organizationId)
        {
            return Page();
        }

        if (await staff.CourseAsync(organizationId, courseId, cancellationToken) is not { } course)
        {
            return NotFound();
        }

        (Title, Rows) = course;
        return Page();
    }
}
