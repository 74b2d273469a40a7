using System.ComponentModel.DataAnnotations;
using Bottega.Learning.Features.Catalogue;
using Bottega.Learning.Features.Enrolments;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Learning.Areas.Learning.Pages.Corsi;

/// <summary>
/// Assigning a course: a training referent picks people of their own organization; a network admin picks whole member
/// organizations. Both set an optional deadline.
/// </summary>
[Authorize(Policy = NetworkPolicies.Referent)]
public sealed class AssegnaModel(CourseDetails details, Enrolments enrolments, INetworkPeople people, INetworkDirectory networks,
    ICurrentUser user, ICurrentNetworkRoles roles, ITenantContext tenant) : PageModel
{
    public CourseView Course { get; private set; } = null!;

    public bool IsAdmin { get; private set; }

    public IReadOnlyList<NetworkPerson> Staff { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Enrolled { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<OrganizationInfo> Organizations { get; private set; } = [];

    [BindProperty]
    public AssignInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid courseId, CancellationToken cancellationToken) =>
        await LoadAsync(courseId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid courseId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(courseId, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = Input.Organizations.Length > 0 && IsAdmin
            ? await enrolments.AssignToOrganizationsAsync(user.Id!.Value, courseId, Input.Organizations, Input.DueDate, cancellationToken)
            : await enrolments.AssignToStaffAsync(user.Id!.Value, courseId, Input.People, Input.DueDate, cancellationToken);
        if (!outcome.Result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, outcome.Result.Error!);
            return Page();
        }

        TempData["Message"] = $"Corso assegnato: {outcome.Enrolled} nuove iscrizioni, {outcome.AlreadyEnrolled} persone erano già iscritte.";
        return RedirectToPage(new { courseId });
    }

    private async Task<bool> LoadAsync(Guid courseId, CancellationToken cancellationToken)
    {
        var networkId = tenant.NetworkId!.Value;
        var course = await details.GetAsync(courseId, null, includeDrafts: false, cancellationToken);
        if (course is null)
        {
            return false;
        }

        Course = course;
        IsAdmin = (await roles.GetAsync(cancellationToken)).HasFlag(NetworkRole.NetworkAdmin);
        if (IsAdmin)
        {
            Organizations = await networks.ListActiveMemberOrganizationsAsync(networkId, cancellationToken);
        }

        if (await people.ReferentOfAsync(networkId, user.Id!.Value, cancellationToken) is { } organization)
        {
            Staff = await people.ListStaffAsync(networkId, [organization], cancellationToken);
            Enrolled = await enrolments.StatusOfAsync(courseId, Staff.Select(s => s.UserId).ToList(), cancellationToken);
        }

        return true;
    }

    public sealed class AssignInput
    {
        public Guid[] People { get; set; } = [];

        public Guid[] Organizations { get; set; } = [];

        [DataType(DataType.Date)]
        public DateOnly? DueDate { get; set; }
    }
}
