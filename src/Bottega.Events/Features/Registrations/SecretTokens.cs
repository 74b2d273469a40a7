using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace Bottega.Events.Features.Registrations;

/// <summary>Unguessable URL tokens (personal join links, calendar feeds): 32 random bytes, base64url.</summary>
internal static class SecretTokens
{
    public static string New() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
}
