using Microsoft.Extensions.Options;

namespace Bottega.Platform.Email;

/// <summary>Development mail: each message becomes an .eml file a newcomer can open to follow its links.</summary>
internal sealed class PickupFolderMailer(IOptions<EmailOptions> options, TimeProvider time) : IMailer
{
    public async Task SendAsync(MailMessage message, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(options.Value.PickupFolder);
        Directory.CreateDirectory(folder);
        var name = $"{time.GetUtcNow():yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}.eml";
        var mime = MimeMessages.Build(options.Value, message);
        await mime.WriteToAsync(Path.Combine(folder, name), cancellationToken);
    }
}
