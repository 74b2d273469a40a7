namespace Bottega.Platform.Email;

public sealed record MailMessage(string To, string Subject, string HtmlBody, string TextBody);

public interface IMailer
{
    Task SendAsync(MailMessage message, CancellationToken cancellationToken);
}
