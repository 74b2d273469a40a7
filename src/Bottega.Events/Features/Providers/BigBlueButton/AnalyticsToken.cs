using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Bottega.Events.Features.Providers.BigBlueButton;

/// <summary>
/// The bearer token of the learning-analytics callback: a JWT signed HS512 with the shared secret, carrying an expiry.
/// Verified by hand because Microsoft.IdentityModel refuses HMAC keys shorter than the hash (512 bits), and the
/// secrets servers generate are usually shorter.
/// </summary>
internal static class AnalyticsToken
{
    public static bool IsValid(string? authorization, string secret, DateTimeOffset now)
    {
        const string Bearer = "Bearer ";
        if (authorization is null || !authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var parts = authorization[Bearer.Length..].Trim().Split('.');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0 || p.Length > 4096))
        {
            return false;
        }

        try
        {
            using var header = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[0]));
            if (!header.RootElement.TryGetProperty("alg", out var alg) || alg.ValueKind != JsonValueKind.String || alg.GetString() != "HS512")
            {
                return false;
            }

            var expected = HMACSHA512.HashData(Encoding.UTF8.GetBytes(secret), Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
            if (!CryptographicOperations.FixedTimeEquals(expected, Base64Url.DecodeFromChars(parts[2])))
            {
                return false;
            }

            using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(parts[1]));
            return payload.RootElement.ValueKind == JsonValueKind.Object
                && payload.RootElement.TryGetProperty("exp", out var exp) && exp.TryGetInt64(out var seconds)
                && now.ToUnixTimeSeconds() < seconds;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return false;
        }
    }
}
