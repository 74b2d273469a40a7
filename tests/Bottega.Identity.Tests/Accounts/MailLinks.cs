using System.Text.RegularExpressions;
using MimeKit;

namespace Bottega.Identity.Tests.Accounts;

/// <summary>Reads the pickup folder like a newcomer reads their inbox.</summary>
internal static partial class MailLinks
{
    public static async Task<string> LinkToAsync(string folder, string recipient, string path)
    {
        foreach (var file in Directory.GetFiles(folder, "*.eml").OrderByDescending(File.GetLastWriteTimeUtc))
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => string.Equals(m.Address, recipient, StringComparison.OrdinalIgnoreCase))
                && Link().Matches(message.TextBody ?? "").Select(m => m.Value).FirstOrDefault(l => l.Contains(path, StringComparison.Ordinal)) is { } link)
            {
                return new Uri(link).PathAndQuery;
            }
        }

        throw new InvalidOperationException($"No e-mail to {recipient} with a link to {path}");
    }

    public static int CountTo(string folder, string recipient) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.eml").Count(f => File.ReadAllText(f).Contains(recipient, StringComparison.OrdinalIgnoreCase))
            : 0;

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
