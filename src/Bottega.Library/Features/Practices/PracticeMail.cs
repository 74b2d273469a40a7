using System.Net;
using Bottega.Library.Domain;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Email;
using Bottega.Platform.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bottega.Library.Features.Practices;

/// <summary>
/// Tells a case's author what the reviewer decided, with the note and a link. A failing mail server is logged, not
/// thrown: the decision is already saved.
/// </summary>
internal sealed partial class PracticeMail(IMailer mailer, INetworkPeople people, INetworkDirectory networks, IOptions<LibraryOptions> options,
    ILogger<PracticeMail> logger)
{
    public async Task ReviewedAsync(GoodPractice practice, CancellationToken ct)
    {
        var author = await people.FindAsync(practice.NetworkId, practice.CreatedBy, ct);
        var network = await networks.FindAsync(practice.NetworkId, ct);
        if (author is null || network is null)
        {
            return;
        }

        var published = practice.Status == PracticeStatus.Published;
        var link = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/reti/{network.Slug}/buone-pratiche/{practice.Id}";
        var subject = published ? $"Buona pratica pubblicata: {practice.Title}" : $"Buona pratica da rivedere: {practice.Title}";
        var intro = published
            ? "La tua buona pratica è stata pubblicata: ora tutti i membri della rete la possono leggere."
            : "Il revisore ti chiede di rivedere la tua buona pratica prima della pubblicazione. Modificala e inviala di nuovo.";
        var note = string.IsNullOrWhiteSpace(practice.ReviewNote) ? null : practice.ReviewNote;
        var html = $"<p>Gentile {Encode(author.Name)},</p><p>{Encode(intro)}</p><p><strong>{Encode(practice.Title)}</strong></p>"
            + (note is null ? "" : $"<p>Nota del revisore:</p><blockquote>{Encode(note)}</blockquote>")
            + $"<p><a href=\"{Encode(link)}\">Apri la buona pratica</a></p>";
        var text = $"Gentile {author.Name},\n\n{intro}\n\n{practice.Title}\n" + (note is null ? "" : $"\nNota del revisore:\n{note}\n") + $"\nApri la buona pratica: {link}\n";
        try
        {
            await mailer.SendAsync(new MailMessage(author.Email, subject, html, text), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFailed(ex, practice.Id);
        }
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The review e-mail of good practice {PracticeId} could not be sent")]
    private partial void LogFailed(Exception ex, Guid practiceId);
}
