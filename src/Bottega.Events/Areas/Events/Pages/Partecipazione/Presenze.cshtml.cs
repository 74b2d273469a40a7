using System.Text.Json;
using Bottega.Events.Domain;
using Bottega.Events.Features.Attendance;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Events.Areas.Events.Pages.Partecipazione;

/// <summary>
/// A session's attendance for organizers: upload a provider's CSV, mark an in-person register, see the imports and the
/// figures (aggregates; the per-person table only under the event's documented purpose, each viewing audited).
/// </summary>
[Authorize(Policy = NetworkPolicies.Teacher)]
[RequestSizeLimit(RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
public sealed class PresenzeModel(AttendanceImports imports, SessionFigures figures, EngagementDetail detail, ICurrentUser user) : PageModel
{
    // The configured limit (at most 50 MB) is checked by the service before reading; this only stops absurd requests.
    private const int RequestLimit = 51 * 1024 * 1024;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public AttendanceSessionView Session { get; private set; } = null!;

    public SessionFigureReport Figures { get; private set; } = null!;

    public IReadOnlyList<PersonEngagement>? People { get; private set; }

    public IReadOnlyList<ImportHistoryItem> History { get; private set; } = [];

    public IReadOnlyList<RegistrantPresence> Register { get; private set; } = [];

    public ImportSummary? Result { get; private set; }

    public int MaxMegabytes => (int)(imports.MaxCsvBytes / (1024 * 1024));

    public bool IsInPerson => Session.Provider == MeetingProvider.None;

    public async Task<IActionResult> OnGetAsync(Guid eventId, Guid sessionId, CancellationToken cancellationToken)
    {
        if (await imports.FindSessionAsync(eventId, sessionId, cancellationToken) is not { } session)
        {
            return NotFound();
        }

        Session = session;
        Figures = (await figures.ForSessionAsync(sessionId, cancellationToken))!;
        History = await imports.HistoryAsync(sessionId, cancellationToken);
        if (IsInPerson)
        {
            Register = await imports.RegisterAsync(session, cancellationToken);
        }

        People = await detail.ListAsync(session, cancellationToken);
        if (TempData["ImportResult"] is string stored)
        {
            Result = JsonSerializer.Deserialize<ImportSummary>(stored, Json);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(Guid eventId, Guid sessionId, IFormFile? file, CancellationToken cancellationToken)
    {
        if (await imports.FindSessionAsync(eventId, sessionId, cancellationToken) is not { } session)
        {
            return NotFound();
        }

        ImportSummary summary;
        if (file is null || file.Length == 0)
        {
            summary = ImportSummary.Failed("Scegli il file CSV esportato dal servizio di videoconferenza.", []);
        }
        else
        {
            await using var content = file.OpenReadStream();
            summary = await imports.ImportCsvAsync(session, content, file.Length, file.FileName, user.Id!.Value, cancellationToken);
        }

        Remember(summary);
        return RedirectToPage(new { eventId, sessionId });
    }

    public async Task<IActionResult> OnPostRegisterAsync(Guid eventId, Guid sessionId, List<Guid> present, CancellationToken cancellationToken)
    {
        if (await imports.FindSessionAsync(eventId, sessionId, cancellationToken) is not { } session)
        {
            return NotFound();
        }

        Remember(await imports.MarkPresentAsync(session, present ?? [], user.Id!.Value, cancellationToken));
        return RedirectToPage(new { eventId, sessionId });
    }

    // The result travels to the next page in a cookie: the first lines only; the history keeps them all.
    private void Remember(ImportSummary summary)
    {
        const int shown = 30;
        var details = summary.Details.Count <= shown ? summary.Details : [.. summary.Details.Take(shown), $"… e altre {summary.Details.Count - shown} righe (vedi lo storico)"];
        TempData["ImportResult"] = JsonSerializer.Serialize(summary with { Details = details }, Json);
    }
}
