namespace Bottega.Learning.Domain;

/// <summary>
/// A completion certificate. What it states is copied at issue (name, course, hours, competences), so the public
/// verification page shows what was certified even if the course changes later.
/// </summary>
public sealed class Certificate
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    /// <summary>Unguessable code of the public verification URL.</summary>
    public string Code { get; private set; } = "";

    public Guid EnrolmentId { get; private set; }

    public Guid UserId { get; private set; }

    public Guid CourseId { get; private set; }

    public string LearnerName { get; private set; } = "";

    public string CourseTitle { get; private set; } = "";

    public string NetworkName { get; private set; } = "";

    public decimal Hours { get; private set; }

    /// <summary>Competences and levels as text lines, for the certificate and the verification page.</summary>
    public string Competences { get; private set; } = "";

    public DateTime CompletedAt { get; private set; }

    public DateTime IssuedAt { get; private set; }

    public DateTime? RevokedAt { get; private set; }

    private Certificate()
    {
    }

    public static Certificate Issue(string code, Guid enrolmentId, Guid userId, Guid courseId, string learnerName, string courseTitle, string networkName,
        decimal hours, string competences, DateTime completedAt, DateTime now) => new()
        {
            Code = code,
            EnrolmentId = enrolmentId,
            UserId = userId,
            CourseId = courseId,
            LearnerName = learnerName,
            CourseTitle = courseTitle,
            NetworkName = networkName,
            Hours = hours,
            Competences = competences,
            CompletedAt = completedAt,
            IssuedAt = now,
        };

    public void Revoke(DateTime now) => RevokedAt ??= now;

    /// <summary>Erasure: the certificate stays verifiable as existing, without the person's name.</summary>
    public void Anonymize() => LearnerName = "—";
}
