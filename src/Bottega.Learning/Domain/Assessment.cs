namespace Bottega.Learning.Domain;

public enum AssessmentKind
{
    Initial = 1,
    Final = 2,
}

/// <summary>
/// A self-assessment of one framework: initial (gives a level per competence and recommends a path) or final
/// (certifies levels). It can be paused between areas. Only the person sees their results; bodies see aggregates.
/// </summary>
public sealed class Assessment
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid UserId { get; private set; }

    public Guid FrameworkId { get; private set; }

    public AssessmentKind Kind { get; private set; }

    public DateTime StartedAt { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    /// <summary>JSON: competence id → { "level": n, "answers": {...} } filled as the person goes.</summary>
    public string State { get; private set; } = "{}";

    public List<AssessmentResult> Results { get; private set; } = [];

    private Assessment()
    {
    }

    public static Assessment Start(Guid userId, Guid frameworkId, AssessmentKind kind, DateTime now) =>
        new() { UserId = userId, FrameworkId = frameworkId, Kind = kind, StartedAt = now };

    public void Save(string state) => State = state;

    public void Complete(DateTime now) => CompletedAt ??= now;
}

/// <summary>The level reached in one competence by an assessment (0: below the first level).</summary>
public sealed class AssessmentResult
{
    public Guid AssessmentId { get; private set; }

    public Guid CompetenceId { get; private set; }

    public Guid UserId { get; private set; }

    public int Level { get; private set; }

    public DateTime AssessedAt { get; private set; }

    private AssessmentResult()
    {
    }

    public static AssessmentResult Create(Guid assessmentId, Guid competenceId, Guid userId, int level, DateTime now) =>
        new() { AssessmentId = assessmentId, CompetenceId = competenceId, UserId = userId, Level = level, AssessedAt = now };
}
