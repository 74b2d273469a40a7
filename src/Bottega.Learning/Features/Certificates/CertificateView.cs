using Bottega.Platform.Localization;
namespace Bottega.Learning.Features.Certificates;

/// <summary>What a certificate states, as issued (see <see cref="Domain.Certificate"/>).</summary>
public sealed record CertificateView(string Code, Guid UserId, string LearnerName, string CourseTitle, string NetworkName, decimal Hours,
    IReadOnlyList<string> Competences, DateTime CompletedAt, DateTime IssuedAt, DateTime? RevokedAt)
{
    public bool IsRevoked => RevokedAt is not null;

    /// <summary>The day of completion as Italy saw it.</summary>
    public DateOnly CompletedOn => RomeTime.DateOf(CompletedAt);
}
