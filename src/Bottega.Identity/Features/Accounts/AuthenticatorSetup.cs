using System.Globalization;
using System.Text;
using Bottega.Identity.Domain;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace Bottega.Identity.Features.Accounts;

public sealed record AuthenticatorKey(string Key, string FormattedKey, string QrCodeSvg);

/// <summary>The TOTP authenticator: the shared key shown as text and as a QR code (otpauth URI, issuer Bottega).</summary>
public sealed class AuthenticatorSetup
{
    private const string Issuer = "Bottega";
    private readonly UserManager<BottegaUser> users;

    internal AuthenticatorSetup(UserManager<BottegaUser> users) => this.users = users;

    public async Task<AuthenticatorKey> KeyAsync(BottegaUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        }

        var uri = string.Format(CultureInfo.InvariantCulture, "otpauth://totp/{0}:{1}?secret={2}&issuer={0}&digits=6",
            Uri.EscapeDataString(Issuer), Uri.EscapeDataString(user.Email!), key);
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var svg = new SvgQRCode(data).GetGraphic(4);
        return new AuthenticatorKey(key, Format(key), svg);
    }

    private static string Format(string key)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            builder.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return builder.ToString().TrimEnd().ToLowerInvariant();
    }
}
