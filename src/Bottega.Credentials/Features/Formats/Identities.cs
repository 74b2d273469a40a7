using System.Security.Cryptography;
using System.Text;

namespace Bottega.Credentials.Features.Formats;

/// <summary>Recipient identities hashed as both Open Badges versions hash them: "sha256$" + hex(SHA-256(identity + salt)).</summary>
internal static class Identities
{
    public static string NewSalt() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    public static string Hash(string identity, string salt) =>
        "sha256$" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(identity) + salt))).ToLowerInvariant();

    public static bool Matches(string identity, string salt, string hash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(identity, salt)), Encoding.ASCII.GetBytes(hash));

    // E-mail addresses are compared case-insensitively, so they are hashed lower-case.
    private static string Normalize(string identity) => identity.Contains('@', StringComparison.Ordinal) ? identity.Trim().ToLowerInvariant() : identity.Trim();
}
