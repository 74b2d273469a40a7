using System.Security.Cryptography;
using System.Text;

namespace Bottega.Events.Features.Providers.BigBlueButton;

/// <summary>
/// The checksum every API call carries: the hex hash of the call name, the query string (without the checksum) and
/// the shared secret, with the hash the server is configured for.
/// </summary>
internal static class BigBlueButtonChecksum
{
    public static bool IsSupported(string? algorithm) => algorithm?.ToUpperInvariant() is "SHA1" or "SHA256" or "SHA384" or "SHA512";

    public static string Compute(string callName, string query, string secret, string algorithm)
    {
        var bytes = Encoding.UTF8.GetBytes(callName + query + secret);
        var hash = algorithm.ToUpperInvariant() switch
        {
#pragma warning disable CA5350 // SHA1 only when the server is configured for it: older BigBlueButton servers accept nothing else.
            "SHA1" => SHA1.HashData(bytes),
#pragma warning restore CA5350
            "SHA384" => SHA384.HashData(bytes),
            "SHA512" => SHA512.HashData(bytes),
            "SHA256" => SHA256.HashData(bytes),
            _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Unsupported checksum algorithm."),
        };
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>Compares in constant time, so a forger learns nothing from how long a wrong checksum takes to refuse.</summary>
    public static bool Matches(string expected, string? actual) =>
        actual is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(actual.ToLowerInvariant()));
}
