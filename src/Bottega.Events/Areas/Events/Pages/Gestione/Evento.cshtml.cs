using Bottega.Events.Domain;
using Bottega.Events.Features.Calendar;
using Bottega.Events.Features.Management;
using Bottega.Events.Features.Scheduling;
using Bottega.Learning.Contracts;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bottega.Events.Areas.Events.Pages.Gestione;

/// <summary>An event for its organizers: its fields, sessions (add, edit, remove), audience, publication and cancellation.</summary>
[Authorize(Policy = NetworkPolicies.Teacher)]
public sealed class EventoModel(EventAdministration events, EventCalendar calendar, ICurrentUser user, IStringLocalizer<Strings> text) : PageModel
{
    [BindProperty]
    public EventForm Input { get; set; } = new();

    [BindProperty]
    public SessionForm Session { get; set; } = new();

    [BindProperty]
    public List<Guid> OrganizationIds { get; set; } = [];

    [BindProperty]
    public string? JobRoles { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public bool Confirm { get; set; }

    /// <summary>The session being edited (<c>?sessione=</c>); null: the form adds one.</summary>
    [FromQuery(Name = "sessione")]
    public Guid? EditedSessionId { get; set; }

    public EventDetails Event { get; private set; } = null!;

    public IReadOnlyList<CatalogCourse> Courses { get; private set; } = [];

    public IReadOnlyList<OrganizationInfo> Organizations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid eventId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(eventId, cancellationToken))
        {
            return NotFound();
        }

        Input = FormOf(Event);
        OrganizationIds = [.. Event.Organizations.Select(o => o.Id)];
        JobRoles = string.Join('\n', Event.JobRoles);
        if (Event.Sessions.FirstOrDefault(s => s.Id == EditedSessionId) is { } edited)
        {
            Session = FormOf(edited);
        }
        else
        {
            EditedSessionId = null;
        }

        return Page();
    }

    public Task<IActionResult> OnPostAsync(Guid eventId, CancellationToken cancellationToken) =>
        ActAsync(eventId, "Input.", () => events.UpdateAsync(eventId, Input, Actor, cancellationToken), "Evento aggiornato.", cancellationToken);

    public Task<IActionResult> OnPostAddSessionAsync(Guid eventId, CancellationToken cancellationToken) =>
        ActAsync(eventId, "Session.", () => events.AddSessionAsync(eventId, Session, Actor, cancellationToken), "Sessione aggiunta.", cancellationToken);

    public Task<IActionResult> OnPostUpdateSessionAsync(Guid eventId, Guid sessionId, CancellationToken cancellationToken)
    {
        EditedSessionId = sessionId;
        return ActAsync(eventId, "Session.", () => events.UpdateSessionAsync(eventId, sessionId, Session, Actor, cancellationToken), "Sessione aggiornata.",
            cancellationToken);
    }

    public Task<IActionResult> OnPostRemoveSessionAsync(Guid eventId, Guid sessionId, CancellationToken cancellationToken) =>
        ActAsync(eventId, null, () => events.RemoveSessionAsync(eventId, sessionId, Actor, cancellationToken), "Sessione eliminata.", cancellationToken);

    public Task<IActionResult> OnPostAudienceAsync(Guid eventId, CancellationToken cancellationToken) =>
        ActAsync(eventId, null, () => events.SetAudienceAsync(eventId, OrganizationIds, (JobRoles ?? "").Split('\n'), Actor, cancellationToken),
            "Destinatari aggiornati.", cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(Guid eventId, CancellationToken cancellationToken) =>
        ActAsync(eventId, null, () => events.PublishAsync(eventId, Actor, cancellationToken), "Evento pubblicato.", cancellationToken);

    public Task<IActionResult> OnPostCancelAsync(Guid eventId, CancellationToken cancellationToken) =>
        ActAsync(eventId, null, () => Confirm
                ? events.CancelAsync(eventId, Reason, Actor, cancellationToken)
                : Task.FromResult(ManagementResult.Refused("Conferma l'annullamento spuntando la casella.")),
            "Evento annullato: gli iscritti sono stati avvisati.", cancellationToken);

    private Guid Actor => user.Id!.Value;

    private async Task<IActionResult> ActAsync(Guid eventId, string? formPrefix, Func<Task<ManagementResult>> action, string done, CancellationToken cancellationToken)
    {
        var malformed = formPrefix is not null && ModelState.Any(e => e.Key.StartsWith(formPrefix, StringComparison.Ordinal) && e.Value is { Errors.Count: > 0 });
        var result = malformed ? ManagementResult.Refused("Controlla i valori inseriti: alcuni non sono nel formato atteso.") : await action();
        if (result.NotFound)
        {
            return NotFound();
        }

        if (!result.Succeeded)
        {
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, text[result.Error!]);
            if (!await LoadAsync(eventId, cancellationToken))
            {
                return NotFound();
            }

            if (formPrefix != "Input.")
            {
                Input = FormOf(Event);
            }

            if (OrganizationIds.Count == 0 && JobRoles is null)
            {
                OrganizationIds = [.. Event.Organizations.Select(o => o.Id)];
                JobRoles = string.Join('\n', Event.JobRoles);
            }

            return Page();
        }

        TempData["Message"] = text[done].Value;
        return Redirect($"/reti/{RouteData.Values["network"]}/eventi/gestione/{eventId}");
    }

    private async Task<bool> LoadAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var details = await calendar.GetAsync(eventId, includeDrafts: true, cancellationToken);
        if (details is null)
        {
            return false;
        }

        Event = details;
        Courses = await events.CoursesAsync(cancellationToken);
        Organizations = await events.MemberOrganizationsAsync(cancellationToken);
        return true;
    }

    private static EventForm FormOf(EventDetails ev)
    {
        var closes = ev.RegistrationClosesAt is { } at ? SessionTimes.ToRome(at) : ((DateOnly, TimeOnly)?)null;
        return new EventForm
        {
            Kind = ev.Kind,
            Title = ev.Title,
            Description = ev.Description,
            RegistrationMode = ev.RegistrationMode,
            Capacity = ev.Capacity,
            RegistrationClosesOn = closes?.Item1,
            RegistrationClosesAt = closes?.Item2,
            CourseId = ev.CourseId,
            AttendanceThresholdPercent = ev.AttendanceThresholdPercent,
            EngagementDetailPurpose = ev.EngagementDetailPurpose,
        };
    }

    private static SessionForm FormOf(SessionDetails session)
    {
        var (day, time) = SessionTimes.ToRome(session.StartsAt);
        return new SessionForm
        {
            Title = session.Title,
            Day = day,
            Time = time,
            DurationMinutes = session.DurationMinutes,
            Online = session.Provider != MeetingProvider.None,
            Provider = session.Provider,
            MeetingUrl = session.MeetingUrl,
            Place = session.Place,
            Speakers = session.Speakers,
            Hours = session.Hours,
        };
    }
}
