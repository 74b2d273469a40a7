using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bottega.Credentials.Features.Keys;
using Microsoft.AspNetCore.WebUtilities;

namespace Bottega.Credentials.Features.Formats;

/// <summary>
/// The VC-JWT form of an Open Badges 3.0 credential (OB 3.0 §8.2): a compact JWS signed with EdDSA whose payload is
/// the credential itself plus the registered claims iss, jti, sub, nbf and exp derived from it.
/// </summary>
internal static class VcJwt
{
    public const int MaxLength = 1_000_000;

    public static string Sign(JsonObject credential, SigningKey key)
    {
        var header = new JsonObject { ["alg"] = "EdDSA", ["typ"] = "JWT", ["kid"] = key.VerificationMethod };
        var payload = (JsonObject)credential.DeepClone();
        payload.Remove("proof");
        payload["iss"] = key.IssuerId;
        payload["jti"] = credential["id"]?.GetValue<string>();
        if (credential["credentialSubject"]?["id"]?.GetValue<string>() is { } subject)
        {
            payload["sub"] = subject;
        }

        payload["nbf"] = UnixTime(credential["validFrom"]);
        if (credential["validUntil"] is { } validUntil)
        {
            payload["exp"] = UnixTime(validUntil);
        }

        var signingInput = Encode(header) + "." + Encode(payload);
        return signingInput + "." + WebEncoders.Base64UrlEncode(key.Sign(Encoding.ASCII.GetBytes(signingInput)));
    }

    public static bool LooksLikeJwt(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length < MaxLength && trimmed.Count(c => c == '.') == 2 && trimmed.StartsWith("ey", StringComparison.Ordinal)
            && trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
    }

    /// <summary>Reads the header and payload without trusting them; the signature is checked by <see cref="VerifySignature"/>.</summary>
    public static JwtParts? Parse(string jwt)
    {
        var parts = jwt.Trim().Split('.');
        if (parts.Length != 3 || jwt.Length > MaxLength)
        {
            return null;
        }

        try
        {
            var header = JsonNode.Parse(WebEncoders.Base64UrlDecode(parts[0])) as JsonObject;
            var payload = JsonNode.Parse(WebEncoders.Base64UrlDecode(parts[1])) as JsonObject;
            var signature = WebEncoders.Base64UrlDecode(parts[2]);
            return header is null || payload is null ? null : new JwtParts(header, payload, signature, parts[0] + "." + parts[1]);
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            return null;
        }
    }

    public static bool VerifySignature(JwtParts jwt, ReadOnlySpan<byte> publicKey) =>
        jwt.Header["alg"]?.GetValueKind() == JsonValueKind.String && jwt.Header["alg"]!.GetValue<string>() == "EdDSA"
        && Ed25519Keys.Verify(publicKey, Encoding.ASCII.GetBytes(jwt.SigningInput), jwt.Signature);

    private static string Encode(JsonObject json) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(json.ToJsonString()));

    private static long? UnixTime(JsonNode? value) =>
        value is not null && DateTimeOffset.TryParse(value.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed) ? parsed.ToUnixTimeSeconds() : null;
}

internal sealed record JwtParts(JsonObject Header, JsonObject Payload, byte[] Signature, string SigningInput)
{
    public string? KeyId => Header["kid"]?.GetValueKind() == JsonValueKind.String ? Header["kid"]!.GetValue<string>() : null;
}
