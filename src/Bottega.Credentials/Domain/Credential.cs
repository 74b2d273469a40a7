using Bottega.Platform.Tenancy;

namespace Bottega.Credentials.Domain;

public enum RecipientKind
{
    Person,
    Organization,
}

public enum CredentialSource
{
    Completion,
    Manual,
    Award,
}

/// <summary>
/// One achievement issued to one recipient. The Open Badges 2.0 assertion is served from this row (hosted
/// verification, so revocation shows at once); the Open Badges 3.0 credential is signed once at issue and kept as
/// issued, in both proof formats.
/// </summary>
public sealed class Credential : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>Unguessable code in every public URL of the credential.</summary>
    public string PublicId { get; private set; } = "";

    public Guid NetworkId { get; private set; }

    public Guid IssuerId { get; private set; }

    public Guid AchievementId { get; private set; }

    public RecipientKind RecipientKind { get; private set; }

    public Guid? RecipientUserId { get; private set; }

    public Guid? RecipientOrganizationId { get; private set; }

    /// <summary>"user:{id}" or "org:{id}": with the achievement, unique among credentials not revoked.</summary>
    public string RecipientKey { get; private set; } = "";

    public string RecipientName { get; private set; } = "";

    /// <summary>"sha256$" + hex of the identity (e-mail or organization URL) followed by the salt, as both specifications hash it.</summary>
    public string IdentityHash { get; private set; } = "";

    public string IdentitySalt { get; private set; } = "";

    public CredentialSource Source { get; private set; }

    /// <summary>What caused it (the enrolment of a completion, the rule of an award), for idempotency and audit.</summary>
    public string? SourceReference { get; private set; }

    public DateTime IssuedAt { get; private set; }

    public DateTime? ExpiresAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    public string? RevocationReason { get; private set; }

    /// <summary>Position in the issuer's Bitstring Status List.</summary>
    public int StatusIndex { get; private set; }

    /// <summary>Shown on the recipient's public page and verifiable by anyone with the link; private by default.</summary>
    public bool IsPublic { get; private set; }

    /// <summary>The OpenBadgeCredential with its Data Integrity proof (eddsa-rdfc-2022), as issued.</summary>
    public string SignedJson { get; private set; } = "";

    /// <summary>The same credential secured as a VC-JWT (compact JWS, EdDSA).</summary>
    public string Jwt { get; private set; } = "";

    public bool IsRevoked => RevokedAt is not null;

    private Credential()
    {
    }

    public static Credential Issue(string publicId, Guid networkId, Guid issuerId, Guid achievementId, RecipientKind kind, Guid recipientId,
        string recipientName, string identityHash, string identitySalt, CredentialSource source, string? sourceReference, DateTime issuedAt,
        DateTime? expiresAt, int statusIndex) => new()
        {
            PublicId = publicId,
            NetworkId = networkId,
            IssuerId = issuerId,
            AchievementId = achievementId,
            RecipientKind = kind,
            RecipientUserId = kind == RecipientKind.Person ? recipientId : null,
            RecipientOrganizationId = kind == RecipientKind.Organization ? recipientId : null,
            RecipientKey = KeyOf(kind, recipientId),
            RecipientName = recipientName,
            IdentityHash = identityHash,
            IdentitySalt = identitySalt,
            Source = source,
            SourceReference = sourceReference,
            IssuedAt = issuedAt,
            ExpiresAt = expiresAt,
            StatusIndex = statusIndex,
            IsPublic = kind == RecipientKind.Organization,
        };

    public static string KeyOf(RecipientKind kind, Guid recipientId) => (kind == RecipientKind.Person ? "user:" : "org:") + recipientId.ToString("N");

    public void Sign(string signedJson, string jwt)
    {
        SignedJson = signedJson;
        Jwt = jwt;
    }

    public bool Revoke(string reason, DateTime now)
    {
        if (RevokedAt is not null)
        {
            return false;
        }

        RevokedAt = now;
        RevocationReason = reason;
        return true;
    }

    public void SetVisibility(bool isPublic) => IsPublic = isPublic;

    public bool IsExpired(DateTime now) => ExpiresAt is { } expires && expires <= now;

    /// <summary>Erasure of the person: the credential stays in the status list (revoked) without name or identity.</summary>
    public void Anonymize(DateTime now)
    {
        Revoke("Cancellazione dei dati personali", now);
        RecipientName = "—";
        IdentityHash = "";
        IsPublic = false;
        SignedJson = "";
        Jwt = "";
    }
}
