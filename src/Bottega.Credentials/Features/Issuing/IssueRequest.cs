using Bottega.Credentials.Domain;

namespace Bottega.Credentials.Features.Issuing;

/// <summary>What to issue to whom. Identity: the recipient's e-mail address (a person, hashed) or public URL (an organization).</summary>
internal sealed record IssueRequest(Guid NetworkId, Guid AchievementId, RecipientKind Kind, Guid RecipientId, string RecipientName, string Identity,
    CredentialSource Source, string? SourceReference);

public enum IssueOutcome
{
    Issued,
    AlreadyHeld,
    Unavailable,
}
