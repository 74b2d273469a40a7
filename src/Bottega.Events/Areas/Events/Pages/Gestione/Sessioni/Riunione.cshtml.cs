using Bottega.Events.Features.Providers;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Events.Areas.Events.Pages.Gestione.Sessioni;

/// <summary>The organizer's meeting page of a session: start as moderator, running?, end, recording.</summary>
[Authorize(Policy = NetworkPolicies.Teacher)]
public sealed class RiunioneModel(SessionMeetings meetings, ICurrentUser user) : PageModel
{
    public SessionMeetingView Session { get; private set; } = null!;

    /// <summary>Set after "is it running?": true, false, or null when not asked (or the server did not answer).</summary>
    public bool? Running { get; private set; }

    public MeetingActionResult? Problem { get; private set; }

    [BindProperty]
    public string? RecordingUrl { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid eventId, Guid sessionId, CancellationToken cancellationToken) =>
        await LoadAsync(eventId, sessionId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStartAsync(Guid eventId, Guid sessionId, CancellationToken cancellationToken)
    {
        var result = await meetings.StartAsync(eventId, sessionId, user.Id!.Value, cancellationToken);
        return result.Succeeded ? Redirect(result.RedirectUrl!) : await ShowAsync(eventId, sessionId, result, cancellationToken);
    }

    public async Task<IActionResult> OnPostRunningAsync(Guid eventId, Guid sessionId, CancellationToken cancellationToken)
    {
        var (result, running) = await meetings.IsRunningAsync(eventId, sessionId, cancellationToken);
        if (!await LoadAsync(eventId, sessionId, cancellationToken))
        {
            return NotFound();
        }

        Running = running;
        Problem = result.Succeeded ? null : result;
        return Page();
    }

    public async Task<IActionResult> OnPostEndAsync(Guid eventId, Guid sessionId, CancellationToken cancellationToken) =>
        await DoneAsync(eventId, sessionId, await meetings.EndAsync(eventId, sessionId, cancellationToken), "Riunione terminata.", cancellationToken);

    public async Task<IActionResult> OnPostRecordingAsync(Guid eventId, Guid sessionId, CancellationToken cancellationToken) =>
        await DoneAsync(eventId, sessionId, await meetings.FetchRecordingAsync(eventId, sessionId, cancellationToken), "Registrazione salvata.", cancellationToken);

    public async Task<IActionResult> OnPostRecordingUrlAsync(Guid eventId, Guid sessionId, CancellationToken cancellationToken) =>
        await DoneAsync(eventId, sessionId, await meetings.SetRecordingUrlAsync(eventId, sessionId, RecordingUrl, cancellationToken), "Registrazione salvata.",
            cancellationToken);

    private async Task<IActionResult> DoneAsync(Guid eventId, Guid sessionId, MeetingActionResult result, string message, CancellationToken cancellationToken)
    {
        if (!result.Succeeded)
        {
            return await ShowAsync(eventId, sessionId, result, cancellationToken);
        }

        TempData["Message"] = message;
        return Redirect($"/reti/{RouteData.Values["network"]}/eventi/gestione/{eventId}/sessioni/{sessionId}/riunione");
    }

    private async Task<IActionResult> ShowAsync(Guid eventId, Guid sessionId, MeetingActionResult problem, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(eventId, sessionId, cancellationToken))
        {
            return NotFound();
        }

        Problem = problem;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid eventId, Guid sessionId, CancellationToken cancellationToken)
    {
        var view = await meetings.GetAsync(eventId, sessionId, cancellationToken);
        if (view is null)
        {
            return false;
        }

        Session = view;
        RecordingUrl ??= view.RecordingUrl;
        return true;
    }
}
