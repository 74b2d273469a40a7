using Bottega.Learning.Features.Catalogue;
using Bottega.Learning.Features.Enrolments;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Bottega.Platform.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Learning.Areas.Learning.Pages.Corsi;

/// <summary>A course's page: open to everyone; enrolling and withdrawing need membership of the network, checked in each handler.</summary>
public sealed class CorsoModel(CourseDetails details, Enrolments enrolments, ICurrentUser user, ICurrentNetworkRoles roles, ITenantContext tenant) : PageModel
{
    public CourseView View { get; private set; } = null!;

    public string DescriptionHtml { get; private set; } = "";

    public bool CanEdit { get; private set; }

    public bool CanAssign { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid courseId, CancellationToken cancellationToken)
    {
        var mine = await roles.GetAsync(cancellationToken);
        var view = await details.GetAsync(courseId, user.Id, includeDrafts: mine.HasFlag(NetworkRole.Teacher) || mine.HasFlag(NetworkRole.NetworkAdmin), cancellationToken);
        if (view is null)
        {
            return NotFound();
        }

        View = view;
        CanEdit = (mine.HasFlag(NetworkRole.Teacher) || mine.HasFlag(NetworkRole.NetworkAdmin)) && view.Course.NetworkId == tenant.NetworkId;
        CanAssign = mine.HasFlag(NetworkRole.TrainingReferent) || mine.HasFlag(NetworkRole.NetworkAdmin);
        DescriptionHtml = MarkdownRenderer.ToSafeHtml(view.Course.Description);
        return Page();
    }

    public async Task<IActionResult> OnPostEnrolAsync(Guid courseId, CancellationToken cancellationToken)
    {
        if (await MembershipRequiredAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var result = await enrolments.EnrolSelfAsync(user.Id!.Value, courseId, cancellationToken);
        if (result.NotFound)
        {
            return NotFound();
        }

        TempData["Message"] = result.Succeeded ? "Iscrizione registrata." : result.Error;
        return RedirectToPage(new { courseId });
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid courseId, CancellationToken cancellationToken)
    {
        if (await MembershipRequiredAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var result = await enrolments.WithdrawAsync(user.Id!.Value, courseId, cancellationToken);
        TempData["Message"] = result.Succeeded ? "Ti sei ritirato dal corso: i tuoi progressi restano salvati." : result.Error;
        return RedirectToPage(new { courseId });
    }

    private async Task<IActionResult?> MembershipRequiredAsync(CancellationToken cancellationToken) =>
        !user.IsAuthenticated ? Challenge() : await roles.GetAsync(cancellationToken) == NetworkRole.None ? Forbid() : null;
}
