namespace Bottega.Platform.Email;

public sealed record MailMessage(string To, string Subject, string HtmlBody, string TextBody)
{
    /// <summary>Extra headers (List-Unsubscribe …), added as given; empty for most messages.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}

public interface IMailer
{
    Task SendAsync(MailMessage message, CancellationToken cancellationToken);
}
