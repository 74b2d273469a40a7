using System.Text.Json.Nodes;
using Bottega.Credentials.Data;
using Bottega.Credentials.Domain;
using Bottega.Credentials.Features.Formats;
using Bottega.Credentials.Features.Keys;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Credentials.Features.Hosted;

/// <summary>The documents anyone may fetch to verify a badge: hosted OB 2.0 JSON-LD, OB 3.0 credentials and achievements, status lists, DID documents.</summary>
public sealed class PublicBadges
{
    private readonly CredentialsDbContext db;
    private readonly Ob2Documents ob2;
    private readonly Ob3CredentialBuilder ob3;
    private readonly CredentialUrls urls;
    private readonly IssuerKeys keys;
    private readonly TimeProvider time;

    internal PublicBadges(CredentialsDbContext db, Ob2Documents ob2, Ob3CredentialBuilder ob3, CredentialUrls urls, IssuerKeys keys, TimeProvider time)
    {
        this.db = db;
        this.ob2 = ob2;
        this.ob3 = ob3;
        this.urls = urls;
        this.keys = keys;
        this.time = time;
    }

    internal Task<Issuer?> IssuerAsync(string slug, CancellationToken cancellationToken) =>
        db.Issuers.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(i => i.Slug == slug, cancellationToken);

    internal async Task<JsonObject?> IssuerProfileAsync(string slug, CancellationToken cancellationToken) =>
        await IssuerAsync(slug, cancellationToken) is { } issuer ? ob2.Profile(issuer) : null;

    internal async Task<JsonObject?> RevocationListAsync(string slug, CancellationToken cancellationToken)
    {
        var issuer = await IssuerAsync(slug, cancellationToken);
        if (issuer is null)
        {
            return null;
        }

        var revoked = await db.Credentials.IgnoreQueryFilters().AsNoTracking().Where(c => c.IssuerId == issuer.Id && c.RevokedAt != null)
            .OrderBy(c => c.RevokedAt).ToListAsync(cancellationToken);
        return ob2.RevocationList(issuer, revoked);
    }

    internal async Task<(Achievement Achievement, Issuer Issuer)?> AchievementAsync(Guid id, CancellationToken cancellationToken)
    {
        var achievement = await db.Achievements.IgnoreQueryFilters().AsNoTracking().Include(a => a.Alignments).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (achievement is null)
        {
            return null;
        }

        var issuer = await db.Issuers.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(i => i.NetworkId == achievement.NetworkId, cancellationToken);
        return issuer is null ? null : (achievement, issuer);
    }

    internal async Task<JsonObject?> BadgeClassAsync(Guid id, CancellationToken cancellationToken) =>
        await AchievementAsync(id, cancellationToken) is { } found ? ob2.BadgeClass(found.Achievement, found.Issuer) : null;

    internal async Task<JsonObject?> Ob3AchievementAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await AchievementAsync(id, cancellationToken) is not { } found)
        {
            return null;
        }

        var active = await db.IssuerKeys.IgnoreQueryFilters().AsNoTracking().Where(k => k.IssuerId == found.Issuer.Id && k.RetiredAt == null)
            .OrderByDescending(k => k.Number).FirstAsync(cancellationToken);
        var document = ob3.AchievementDocument(found.Issuer, keys.IssuerDid(found.Issuer, active), found.Achievement);
        document["@context"] = new JsonArray(Ob3CredentialBuilder.VcContext, Ob3CredentialBuilder.ObContext);
        return document;
    }

    internal Task<Credential?> CredentialAsync(string publicId, CancellationToken cancellationToken) =>
        db.Credentials.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(c => c.PublicId == publicId, cancellationToken);

    internal JsonObject Assertion(Credential credential) =>
        credential.IsRevoked ? ob2.RevokedAssertion(credential) : ob2.Assertion(credential, OrganizationUrl(credential));

    internal string? OrganizationUrl(Credential credential) =>
        credential.RecipientOrganizationId is { } organizationId ? urls.OrganizationIdentity(organizationId) : null;

    /// <summary>The issuer's revocation bitstring as the status list publishes it (GZIP, multibase), or null for an unknown issuer.</summary>
    internal async Task<string?> EncodedStatusListAsync(string slug, CancellationToken cancellationToken)
    {
        var issuer = await IssuerAsync(slug, cancellationToken);
        return issuer is null ? null : await EncodedStatusListAsync(issuer, cancellationToken);
    }

    /// <summary>The issuer's BitstringStatusListCredential with the revoked positions set, signed by its active key.</summary>
    internal async Task<JsonObject?> StatusListCredentialAsync(string slug, CancellationToken cancellationToken)
    {
        var issuer = await IssuerAsync(slug, cancellationToken);
        if (issuer is null)
        {
            return null;
        }

        var encodedList = await EncodedStatusListAsync(issuer, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        using var key = await keys.SigningKeyAsync(issuer, cancellationToken);
        var list = new JsonObject
        {
            ["@context"] = new JsonArray(Ob3CredentialBuilder.VcContext),
            ["id"] = urls.StatusList(slug),
            ["type"] = new JsonArray("VerifiableCredential", "BitstringStatusListCredential"),
            ["issuer"] = key.IssuerId,
            ["validFrom"] = Dates.Iso(now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond))),
            ["credentialSubject"] = new JsonObject
            {
                ["id"] = urls.StatusList(slug) + "#list",
                ["type"] = "BitstringStatusList",
                ["statusPurpose"] = "revocation",
                ["encodedList"] = encodedList,
            },
        };
        return DataIntegrity.AddProof(list, key, now);
    }

    private async Task<string> EncodedStatusListAsync(Issuer issuer, CancellationToken cancellationToken) =>
        StatusList.Encode(await db.Credentials.IgnoreQueryFilters().AsNoTracking().Where(c => c.IssuerId == issuer.Id && c.RevokedAt != null)
            .Select(c => c.StatusIndex).ToListAsync(cancellationToken));

    /// <summary>The did:web document of a network's issuer: every key it ever used, so old credentials keep verifying.</summary>
    internal async Task<JsonObject?> DidDocumentAsync(string slug, CancellationToken cancellationToken)
    {
        var issuer = await IssuerAsync(slug, cancellationToken);
        if (issuer is null)
        {
            return null;
        }

        var did = urls.DidWeb(slug);
        var issuerKeys = await db.IssuerKeys.IgnoreQueryFilters().AsNoTracking().Where(k => k.IssuerId == issuer.Id).OrderBy(k => k.Number)
            .ToListAsync(cancellationToken);
        var methods = issuerKeys.Select(k => (JsonNode)new JsonObject
        {
            ["id"] = $"{did}#key-{k.Number}",
            ["type"] = "Multikey",
            ["controller"] = did,
            ["publicKeyMultibase"] = DidKeys.Multibase(k.PublicKey),
        });
        return new JsonObject
        {
            ["@context"] = new JsonArray("https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"),
            ["id"] = did,
            ["verificationMethod"] = new JsonArray([.. methods]),
            ["assertionMethod"] = new JsonArray([.. issuerKeys.Select(k => (JsonNode)JsonValue.Create($"{did}#key-{k.Number}"))]),
        };
    }

    /// <summary>A competence a badge aligns to, as recorded when the badge class was defined (the alignment's targetUrl).</summary>
    internal async Task<JsonObject?> CompetenceAsync(Guid competenceId, CancellationToken cancellationToken)
    {
        var alignment = await db.Alignments.AsNoTracking().Where(a => a.CompetenceId == competenceId).OrderBy(a => a.Id).FirstOrDefaultAsync(cancellationToken);
        return alignment is null
            ? null
            : new JsonObject
            {
                ["id"] = urls.Competence(competenceId),
                ["code"] = alignment.Code,
                ["name"] = alignment.Name,
                ["framework"] = alignment.Framework,
                ["description"] = alignment.Description,
            };
    }
}
