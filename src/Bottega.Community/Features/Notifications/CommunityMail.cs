using System.Globalization;
using System.Net;
using System.Text;
using Bottega.Community.Domain;
using Bottega.Platform.Email;
using Bottega.Platform.Localization;
using Microsoft.Extensions.Options;

namespace Bottega.Community.Features.Notifications;

/// <summary>One digest line: a notification, opened through <c>/notifiche/{id}</c> so that opening marks it read.</summary>
internal sealed record DigestEntry(Guid NotificationId, NotificationKind Kind, string Text, DateTime At);

/// <summary>A network's part of a digest.</summary>
internal sealed record DigestSection(string NetworkName, IReadOnlyList<DigestEntry> Entries);

/// <summary>
/// The community's e-mails, in Italian, HTML and plain text. Titles are people's text: always encoded. Every message
/// carries the one-click unsubscribe link (RFC 8058 headers too) and links as absolute URLs on <see cref="CommunityOptions.PublicBaseUrl"/>.
/// </summary>
internal sealed class CommunityMail(IOptions<CommunityOptions> options, UnsubscribeTokens tokens)
{
    public string Absolute(string relative) => options.Value.PublicBaseUrl.TrimEnd('/') + relative;

    public MailMessage Immediate(string to, Notification notification, string networkName)
    {
        var label = NotificationTexts.Label(notification.Kind);
        var link = Absolute($"/notifiche/{notification.Id}");
        var html = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<p>{Encode(label)} ({Encode(networkName)}):</p>")
            .Append(CultureInfo.InvariantCulture, $"<p><a href=\"{Encode(link)}\">{Encode(notification.Text)}</a></p>");
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{label} ({networkName}):\n\n{notification.Text}\n{link}\n");
        return Wrap(to, notification.UserId, $"{label}: {OneLine(notification.Text)}", html, text);
    }

    public MailMessage Digest(string to, Guid userId, IReadOnlyList<DigestSection> sections)
    {
        var html = new StringBuilder("<p>Ecco le novità della comunità dall'ultimo riepilogo.</p>");
        var text = new StringBuilder("Ecco le novità della comunità dall'ultimo riepilogo.\n");
        foreach (var section in sections)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{Encode(section.NetworkName)}</h2>");
            text.Append(CultureInfo.InvariantCulture, $"\n== {section.NetworkName} ==\n");
            foreach (var group in section.Entries.GroupBy(e => e.Kind).OrderBy(g => g.Key))
            {
                var label = NotificationTexts.Label(group.Key);
                html.Append(CultureInfo.InvariantCulture, $"<h3>{Encode(label)}</h3><ul>");
                text.Append(CultureInfo.InvariantCulture, $"\n{label}\n");
                foreach (var entry in group.OrderBy(e => e.At))
                {
                    var link = Absolute($"/notifiche/{entry.NotificationId}");
                    var day = RomeTime.Of(entry.At).ToString("d MMMM HH:mm", Italian);
                    html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{Encode(link)}\">{Encode(entry.Text)}</a> <small>({Encode(day)})</small></li>");
                    text.Append(CultureInfo.InvariantCulture, $"- {entry.Text} ({day})\n  {link}\n");
                }

                html.Append("</ul>");
            }
        }

        var count = sections.Sum(s => s.Entries.Count);
        var subject = count == 1 ? "Riepilogo della comunità: 1 novità" : string.Create(CultureInfo.InvariantCulture, $"Riepilogo della comunità: {count} novità");
        return Wrap(to, userId, subject, html, text);
    }

    private static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");

    private MailMessage Wrap(string to, Guid userId, string subject, StringBuilder html, StringBuilder text)
    {
        var unsubscribe = Absolute($"/notifiche/disiscrizione/{Uri.EscapeDataString(tokens.Create(userId))}");
        var preferences = Absolute("/notifiche/preferenze");
        html.Append(CultureInfo.InvariantCulture,
            $"<hr><p><small>Ricevi questa e-mail perché partecipi alla comunità di Bottega. <a href=\"{Encode(preferences)}\">Scegli quando ricevere le e-mail</a> oppure <a href=\"{Encode(unsubscribe)}\">non ricevere più e-mail dalla comunità</a>.</small></p>");
        text.Append(CultureInfo.InvariantCulture,
            $"\n--\nRicevi questa e-mail perché partecipi alla comunità di Bottega.\nScegli quando ricevere le e-mail: {preferences}\nNon ricevere più e-mail dalla comunità: {unsubscribe}\n");
        return new MailMessage(to, subject, html.ToString(), text.ToString())
        {
            Headers = new Dictionary<string, string>
            {
                ["List-Unsubscribe"] = $"<{unsubscribe}>",
                ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
            },
        };
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);

    private static string OneLine(string value)
    {
        var line = string.Join(' ', value.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return line.Length > 120 ? line[..119] + "…" : line;
    }
}
