using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Bottega.Community.Features.Notifications;

/// <summary>The person's id, protected and valid for 60 days: the one-click unsubscribe link of every community e-mail.</summary>
internal sealed class UnsubscribeTokens(IDataProtectionProvider protection, TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(60);
    private readonly ITimeLimitedDataProtector protector = protection.CreateProtector("Bottega.Community.Unsubscribe.v1").ToTimeLimitedDataProtector();

    public string Create(Guid userId) => protector.Protect(userId.ToString("N", CultureInfo.InvariantCulture), time.GetUtcNow().Add(Lifetime));

    /// <summary>The person of a genuine, unexpired token; null for anything else.</summary>
    public Guid? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 1000)
        {
            return null;
        }

        try
        {
            return Guid.TryParseExact(protector.Unprotect(token), "N", out var userId) ? userId : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
