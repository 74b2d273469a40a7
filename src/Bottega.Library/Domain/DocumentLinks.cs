using Bottega.Platform.Tenancy;

namespace Bottega.Library.Domain;

/// <summary>A tag of a document, stored folded (lowercase, hyphens), unique per document.</summary>
public sealed class DocumentTag : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid DocumentId { get; private set; }

    public string Tag { get; private set; } = "";

    private DocumentTag()
    {
    }

    public static DocumentTag Create(Guid networkId, Guid documentId, string tag) => new() { NetworkId = networkId, DocumentId = documentId, Tag = tag };
}

/// <summary>A competence (of Learning's frameworks, by id) a document helps with.</summary>
public sealed class DocumentCompetence : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid DocumentId { get; private set; }

    public Guid CompetenceId { get; private set; }

    private DocumentCompetence()
    {
    }

    public static DocumentCompetence Create(Guid networkId, Guid documentId, Guid competenceId) =>
        new() { NetworkId = networkId, DocumentId = documentId, CompetenceId = competenceId };
}

/// <summary>"Our municipality adopted this template": one declaration per document and organization.</summary>
public sealed class DocumentAdoption : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid DocumentId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Guid DeclaredBy { get; private set; }

    public DateTime DeclaredAt { get; private set; }

    /// <summary>How it was used ("adopted with determina n. 12/2026").</summary>
    public string? Note { get; private set; }

    private DocumentAdoption()
    {
    }

    public static DocumentAdoption Create(Guid networkId, Guid documentId, Guid organizationId, Guid declaredBy, string? note, DateTime now) =>
        new() { NetworkId = networkId, DocumentId = documentId, OrganizationId = organizationId, DeclaredBy = declaredBy, Note = note, DeclaredAt = now };
}

/// <summary>A comment on a document (Markdown, rendered sanitized).</summary>
public sealed class DocumentComment : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid DocumentId { get; private set; }

    public Guid AuthorId { get; private set; }

    public string Body { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public bool IsRemoved { get; private set; }

    private DocumentComment()
    {
    }

    public static DocumentComment Create(Guid networkId, Guid documentId, Guid authorId, string body, DateTime now) =>
        new() { NetworkId = networkId, DocumentId = documentId, AuthorId = authorId, Body = body, CreatedAt = now };

    public void Remove() => IsRemoved = true;
}

/// <summary>A person notified of a document's new versions; one per document and person.</summary>
public sealed class DocumentFollower : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid DocumentId { get; private set; }

    public Guid PersonId { get; private set; }

    public DateTime FollowedAt { get; private set; }

    private DocumentFollower()
    {
    }

    public static DocumentFollower Create(Guid networkId, Guid documentId, Guid personId, DateTime now) =>
        new() { NetworkId = networkId, DocumentId = documentId, PersonId = personId, FollowedAt = now };
}
