namespace Bottega.Learning.Domain;

public enum HoursSource
{
    Course = 1,
    LiveSession = 2,
    External = 3,
}

/// <summary>
/// Hours of training a person earned on a day. One row per source item (a completed enrolment, an attended session, an
/// approved declaration), unique on (person, source, source id), so nothing is counted twice.
/// </summary>
public sealed class HoursEntry
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid UserId { get; private set; }

    public int Year { get; private set; }

    public DateOnly Date { get; private set; }

    public decimal Hours { get; private set; }

    public HoursSource Source { get; private set; }

    public Guid SourceId { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>The network the hours were earned in (courses: the catalogue enrolled through).</summary>
    public Guid? NetworkId { get; private set; }

    public DateTime RecordedAt { get; private set; }

    private HoursEntry()
    {
    }

    public static HoursEntry Create(Guid userId, DateOnly date, decimal hours, HoursSource source, Guid sourceId, string title, Guid? networkId, DateTime now) => new()
    {
        UserId = userId,
        Year = date.Year,
        Date = date,
        Hours = hours,
        Source = source,
        SourceId = sourceId,
        Title = title,
        NetworkId = networkId,
        RecordedAt = now,
    };
}

public enum DeclarationStatus
{
    Pending = 1,
    Approved = 2,
    Rejected = 3,
}

/// <summary>Training done elsewhere that a learner declares with evidence; the referent of their organization decides.</summary>
public sealed class ExternalTraining : Bottega.Platform.Tenancy.INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid UserId { get; private set; }

    public Guid? OrganizationId { get; private set; }

    public string Title { get; private set; } = "";

    public string Provider { get; private set; } = "";

    public DateOnly Date { get; private set; }

    public decimal Hours { get; private set; }

    public Guid? EvidenceFileId { get; private set; }

    public string? EvidenceFileName { get; private set; }

    public DeclarationStatus Status { get; private set; } = DeclarationStatus.Pending;

    public Guid? DecidedBy { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    public string? DecisionNote { get; private set; }

    public DateTime DeclaredAt { get; private set; }

    private ExternalTraining()
    {
    }

    public static ExternalTraining Declare(Guid networkId, Guid userId, Guid? organizationId, string title, string provider, DateOnly date, decimal hours,
        Guid? evidenceFileId, string? evidenceFileName, DateTime now) => new()
        {
            NetworkId = networkId,
            UserId = userId,
            OrganizationId = organizationId,
            Title = title.Trim(),
            Provider = provider.Trim(),
            Date = date,
            Hours = hours,
            EvidenceFileId = evidenceFileId,
            EvidenceFileName = evidenceFileName,
            DeclaredAt = now,
        };

    public void Decide(bool approve, Guid by, string? note, DateTime now)
    {
        Status = approve ? DeclarationStatus.Approved : DeclarationStatus.Rejected;
        DecidedBy = by;
        DecisionNote = note;
        DecidedAt = now;
    }
}
