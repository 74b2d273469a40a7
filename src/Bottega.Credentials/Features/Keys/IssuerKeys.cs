using Bottega.Credentials.Data;
using Bottega.Credentials.Domain;
using Bottega.Credentials.Features.Formats;
using Bottega.Organizations.Contracts;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Credentials.Features.Keys;

/// <summary>
/// Each network's issuer profile and its Ed25519 keys: created on first use, rotated by an admin. Private keys are
/// encrypted with the data-protection keys and decrypted only to sign; they never appear in a page, log or export.
/// </summary>
public sealed class IssuerKeys
{
    private readonly CredentialsDbContext db;
    private readonly INetworkDirectory networks;
    private readonly CredentialUrls urls;
    private readonly IDataProtector protector;
    private readonly TimeProvider time;

    internal IssuerKeys(CredentialsDbContext db, INetworkDirectory networks, CredentialUrls urls, IDataProtectionProvider protection, TimeProvider time)
    {
        this.db = db;
        this.networks = networks;
        this.urls = urls;
        protector = protection.CreateProtector("Bottega.Credentials.IssuerKeys.v1");
        this.time = time;
    }

    internal async Task<Issuer> EnsureIssuerAsync(Guid networkId, CancellationToken cancellationToken)
    {
        var issuer = await db.Issuers.IgnoreQueryFilters().FirstOrDefaultAsync(i => i.NetworkId == networkId, cancellationToken);
        if (issuer is not null)
        {
            return issuer;
        }

        var network = await networks.FindAsync(networkId, cancellationToken) ?? throw new InvalidOperationException("Unknown network.");
        var now = time.GetUtcNow().UtcDateTime;
        issuer = Issuer.Create(networkId, network.Slug, network.Name, urls.NetworkHome(network.Slug), "", now);
        db.Issuers.Add(issuer);
        db.IssuerKeys.Add(NewKey(issuer.Id, 1, now));
        await db.SaveChangesAsync(cancellationToken);
        return issuer;
    }

    /// <summary>The issuer's identifier in Open Badges 3.0 credentials: did:web in production, did:key of the active key in development.</summary>
    internal string IssuerDid(Issuer issuer, IssuerKey active) => urls.UsesDidWeb ? urls.DidWeb(issuer.Slug) : DidKeys.Did(active.PublicKey);

    internal string VerificationMethod(Issuer issuer, IssuerKey key) =>
        urls.UsesDidWeb ? $"{urls.DidWeb(issuer.Slug)}#key-{key.Number}" : DidKeys.VerificationMethod(key.PublicKey);

    internal async Task<SigningKey> SigningKeyAsync(Issuer issuer, CancellationToken cancellationToken)
    {
        var active = await db.IssuerKeys.Where(k => k.IssuerId == issuer.Id && k.RetiredAt == null).OrderByDescending(k => k.Number)
            .FirstAsync(cancellationToken);
        var key = Ed25519Keys.Import(protector.Unprotect(active.ProtectedPrivateKey));
        return new SigningKey(key, IssuerDid(issuer, active), VerificationMethod(issuer, active));
    }

    /// <summary>Retires the active key and creates the next; what the old key signed keeps verifying.</summary>
    internal async Task<IssuerKey> RotateAsync(Issuer issuer, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var keys = await db.IssuerKeys.Where(k => k.IssuerId == issuer.Id).ToListAsync(cancellationToken);
        foreach (var key in keys)
        {
            key.Retire(now);
        }

        var next = NewKey(issuer.Id, keys.Count == 0 ? 1 : keys.Max(k => k.Number) + 1, now);
        db.IssuerKeys.Add(next);
        return next;
    }

    /// <summary>The issuer and key a verification method names, if it is one of this platform's issuers.</summary>
    internal async Task<(Issuer Issuer, IssuerKey Key)?> ResolveAsync(string verificationMethod, CancellationToken cancellationToken)
    {
        IssuerKey? key = null;
        if (DidKeys.PublicKeyOf(verificationMethod) is { } publicKey)
        {
            key = await db.IssuerKeys.IgnoreQueryFilters().FirstOrDefaultAsync(k => k.PublicKey == publicKey, cancellationToken);
        }
        else
        {
            var parts = verificationMethod.Split('#');
            if (parts.Length == 2 && urls.SlugOfDidWeb(parts[0]) is { } slug && parts[1].StartsWith("key-", StringComparison.Ordinal)
                && int.TryParse(parts[1].AsSpan(4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
            {
                key = await db.IssuerKeys.IgnoreQueryFilters()
                    .Where(k => k.Number == number && db.Issuers.IgnoreQueryFilters().Any(i => i.Id == k.IssuerId && i.Slug == slug))
                    .FirstOrDefaultAsync(cancellationToken);
            }
        }

        if (key is null)
        {
            return null;
        }

        var issuer = await db.Issuers.IgnoreQueryFilters().FirstAsync(i => i.Id == key.IssuerId, cancellationToken);
        return (issuer, key);
    }

    private IssuerKey NewKey(Guid issuerId, int number, DateTime now)
    {
        var (publicKey, privateKey) = Ed25519Keys.Generate();
        try
        {
            return IssuerKey.Create(issuerId, number, publicKey, protector.Protect(privateKey), now);
        }
        finally
        {
            Array.Clear(privateKey);
        }
    }
}
