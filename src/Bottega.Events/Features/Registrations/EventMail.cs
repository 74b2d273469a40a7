using System.Globalization;
using System.Net;
using System.Text;
using Bottega.Events.Domain;
using Bottega.Events.Features.Calendar;
using Bottega.Platform.Email;
using Bottega.Platform.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bottega.Events.Features.Registrations;

/// <summary>Who an e-mail goes to, and the network the event belongs to (for links).</summary>
internal sealed record MailRecipient(string Email, string Name, string NetworkSlug);

/// <summary>
/// The e-mails of registration, in Italian, HTML and plain text: confirmation (with the event's .ics invitation),
/// waiting list, pending approval, cancellation, rejection and the reminders. A mail server that fails is logged, not
/// thrown: the registration it reports is already saved.
/// </summary>
internal sealed partial class EventMail(IMailer mailer, IOptions<EventsOptions> options, TimeProvider time, ILogger<EventMail> logger)
{
    private static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");

    private string BaseUrl => options.Value.PublicBaseUrl.TrimEnd('/');

    public Task ConfirmedAsync(MailRecipient to, LiveEvent liveEvent, IReadOnlyCollection<EventSession> sessions, Registration registration, bool promoted,
        CancellationToken ct)
    {
        var intro = promoted
            ? "Si è liberato un posto: la tua iscrizione dalla lista d'attesa è confermata."
            : "La tua iscrizione è confermata.";
        var ics = IcsWriter.Write(SessionEntries.For(liveEvent, sessions, BaseUrl, to.NetworkSlug, registration.JoinToken), "REQUEST", null, Now);
        var message = Compose(to, $"Iscrizione confermata: {liveEvent.Title}", liveEvent, sessions, intro,
            "In allegato trovi l'invito per il tuo calendario. Per collegarti usa il tuo link personale, che trovi anche nella pagina dell'evento.") with
        {
            Attachments = [new MailAttachment("evento.ics", IcsWriter.InvitationContentType, IcsWriter.Bytes(ics))],
        };
        return SendAsync(message, ct);
    }

    public Task WaitlistedAsync(MailRecipient to, LiveEvent liveEvent, IReadOnlyCollection<EventSession> sessions, CancellationToken ct) =>
        SendAsync(Compose(to, $"In lista d'attesa: {liveEvent.Title}", liveEvent, sessions, "I posti sono esauriti: sei in lista d'attesa.",
            "Se si libera un posto ti iscriviamo nell'ordine di richiesta e ti scriviamo."), ct);

    public Task PendingAsync(MailRecipient to, LiveEvent liveEvent, IReadOnlyCollection<EventSession> sessions, CancellationToken ct) =>
        SendAsync(Compose(to, $"Richiesta di iscrizione ricevuta: {liveEvent.Title}", liveEvent, sessions,
            "Abbiamo ricevuto la tua richiesta di iscrizione: gli organizzatori la devono approvare.", "Ti scriviamo quando decidono."), ct);

    public Task CancelledAsync(MailRecipient to, LiveEvent liveEvent, IReadOnlyCollection<EventSession> sessions, CancellationToken ct) =>
        SendAsync(Compose(to, $"Iscrizione annullata: {liveEvent.Title}", liveEvent, sessions, "La tua iscrizione è stata annullata.",
            "Se è un errore puoi iscriverti di nuovo dalla pagina dell'evento, finché le iscrizioni sono aperte."), ct);

    /// <summary>The organizers called the event off: the reason goes to everyone who had asked for a seat.</summary>
    public Task EventCancelledAsync(MailRecipient to, LiveEvent liveEvent, IReadOnlyCollection<EventSession> sessions, string reason, CancellationToken ct) =>
        SendAsync(Compose(to, $"Evento annullato: {liveEvent.Title}", liveEvent, sessions, "L'evento a cui eri iscritto è stato annullato.",
            $"Motivo: {reason}"), ct);

    public Task RejectedAsync(MailRecipient to, LiveEvent liveEvent, IReadOnlyCollection<EventSession> sessions, CancellationToken ct) =>
        SendAsync(Compose(to, $"Richiesta di iscrizione non accolta: {liveEvent.Title}", liveEvent, sessions,
            "Gli organizzatori non hanno accolto la tua richiesta di iscrizione.", "Per chiarimenti rivolgiti agli organizzatori dell'evento."), ct);

    public Task ReminderAsync(MailRecipient to, LiveEvent liveEvent, EventSession session, int sessionCount, Registration registration, ReminderKind kind,
        CancellationToken ct)
    {
        var entry = SessionEntries.For(liveEvent, session, sessionCount, BaseUrl, to.NetworkSlug, registration.JoinToken);
        var ics = IcsWriter.Write([entry], "REQUEST", null, Now);
        var when = kind == ReminderKind.HourBefore ? "tra meno di un'ora" : "domani";
        var message = Compose(to, $"Promemoria: {entry.Summary} {when}", liveEvent, [session], $"Ti ricordiamo che la sessione inizia {when}.",
            "Per collegarti usa il tuo link personale.") with
        {
            Attachments = [new MailAttachment("sessione.ics", IcsWriter.InvitationContentType, IcsWriter.Bytes(ics))],
        };
        return SendAsync(message, ct);
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private MailMessage Compose(MailRecipient to, string subject, LiveEvent liveEvent, IEnumerable<EventSession> sessions, string intro, string outro)
    {
        var page = $"{BaseUrl}/reti/{to.NetworkSlug}/eventi/{liveEvent.Id}";
        var html = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<p>Gentile {Encode(to.Name)},</p><p>{Encode(intro)}</p>")
            .Append(CultureInfo.InvariantCulture, $"<p><strong>{Encode(liveEvent.Title)}</strong></p><ul>");
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Gentile {to.Name},\n\n{intro}\n\n{liveEvent.Title}\n");
        foreach (var session in sessions.OrderBy(s => s.StartsAt))
        {
            var line = Describe(session);
            html.Append(CultureInfo.InvariantCulture, $"<li>{Encode(line)}</li>");
            text.Append(CultureInfo.InvariantCulture, $"- {line}\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"</ul><p>{Encode(outro)}</p><p><a href=\"{Encode(page)}\">Pagina dell'evento</a></p>");
        text.Append(CultureInfo.InvariantCulture, $"\n{outro}\nPagina dell'evento: {page}\n");
        return new MailMessage(to.Email, subject, html.ToString(), text.ToString());
    }

    private static string Describe(EventSession session)
    {
        var start = RomeTime.Of(session.StartsAt);
        var end = RomeTime.Of(session.EndsAt);
        var where = session.Provider == MeetingProvider.None ? session.Place ?? "in presenza" : "online";
        var title = session.Title is null ? "" : $" – {session.Title}";
        return $"{start.ToString("dddd d MMMM yyyy, HH:mm", Italian)}–{end.ToString("HH:mm", Italian)} ({where}){title}";
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private async Task SendAsync(MailMessage message, CancellationToken ct)
    {
        try
        {
            await mailer.SendAsync(message, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(ex, message.Subject);
        }
    }

    [LoggerMessage(1, LogLevel.Error, "Event e-mail not sent: {Subject}")]
    private partial void LogFailed(Exception exception, string subject);
}
