using System.Net;
using Bottega.Platform.Email;

namespace Bottega.Events.Features.Management;

/// <summary>The e-mail telling a registrant that an event was cancelled, with the organizer's reason.</summary>
internal static class CancellationMail
{
    public static MailMessage To(string email, string eventTitle, string reason, string eventUrl)
    {
        var subject = $"Evento annullato: {eventTitle}";
        var text = $"L'evento «{eventTitle}» a cui eri iscritto è stato annullato.\n\nMotivo: {reason}\n\n{eventUrl}\n";
        var html = $"<p>L'evento «{WebUtility.HtmlEncode(eventTitle)}» a cui eri iscritto è stato annullato.</p>"
            + $"<p>Motivo: {WebUtility.HtmlEncode(reason)}</p>"
            + $"<p><a href=\"{WebUtility.HtmlEncode(eventUrl)}\">{WebUtility.HtmlEncode(eventUrl)}</a></p>";
        return new MailMessage(email, subject, html, text);
    }
}
