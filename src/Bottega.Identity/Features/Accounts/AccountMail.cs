using System.Net;
using Bottega.Platform.Email;

namespace Bottega.Identity.Features.Accounts;

/// <summary>The account e-mails: confirmation and password reset, with absolute links built by the page.</summary>
public sealed class AccountMail
{
    private readonly IMailer mailer;

    internal AccountMail(IMailer mailer) => this.mailer = mailer;

    public Task SendConfirmationAsync(string email, string name, string link, CancellationToken cancellationToken) =>
        SendAsync(email, "Conferma il tuo indirizzo e-mail su Bottega",
            $"Ciao {name},\nper attivare il tuo account Bottega conferma l'indirizzo e-mail aprendo questo collegamento:",
            link, "Conferma l'indirizzo", cancellationToken);

    public Task SendPasswordResetAsync(string email, string link, CancellationToken cancellationToken) =>
        SendAsync(email, "Reimposta la password di Bottega",
            "Hai chiesto di reimpostare la password del tuo account Bottega. Se non sei stato tu, ignora questo messaggio.\nPer scegliere una nuova password apri questo collegamento:",
            link, "Reimposta la password", cancellationToken);

    private Task SendAsync(string email, string subject, string intro, string link, string action, CancellationToken cancellationToken)
    {
        var html = $"<p>{WebUtility.HtmlEncode(intro).Replace("\n", "<br />", StringComparison.Ordinal)}</p>"
            + $"<p><a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(action)}</a></p>";
        return mailer.SendAsync(new MailMessage(email, subject, html, $"{intro}\n{link}\n"), cancellationToken);
    }
}
