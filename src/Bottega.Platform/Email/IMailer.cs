namespace Bottega.Platform.Email;

public sealed record MailMessage(string To, string Subject, string HtmlBody, string TextBody)
{
    /// <summary>Extra headers (List-Unsubscribe …), added as given; empty for most messages.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Files attached to the message (an invitation's .ics); empty for most messages.</summary>
    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];
}

/// <summary>A file attached to an e-mail; <see cref="ContentType"/> is a MIME type such as <c>text/calendar; method=REQUEST</c>.</summary>
public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);

public interface IMailer
{
    Task SendAsync(MailMessage message, CancellationToken cancellationToken);
}
