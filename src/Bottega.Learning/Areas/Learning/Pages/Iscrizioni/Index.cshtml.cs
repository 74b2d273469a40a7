using Bottega.Learning.Features.Enrolments;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Learning.Areas.Learning.Pages.Iscrizioni;

/// <summary>Requests to join courses that need approval, for the network's teachers and admins.</summary>
[Authorize(Policy = NetworkPolicies.Teacher)]
public sealed class IndexModel(Enrolments enrolments, IPersonNames names) : PageModel
{
    public IReadOnlyList<PendingEnrolment> Pending { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Names { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Pending = await enrolments.PendingAsync(cancellationToken);
        Names = await names.GetAsync(Pending.Select(p => p.UserId), cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(Guid enrolmentId, bool approve, CancellationToken cancellationToken)
    {
        var result = await enrolments.DecideAsync(enrolmentId, approve, cancellationToken);
        if (result.NotFound)
        {
            return NotFound();
        }

        TempData["Message"] = result.Succeeded ? (approve ? "Iscrizione approvata." : "Iscrizione respinta.") : result.Error;
        return RedirectToPage();
    }
}
