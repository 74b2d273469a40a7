namespace Bottega.Learning.Domain;

public enum EnrolmentStatus
{
    PendingApproval = 1,
    Active = 2,
    Completed = 3,
    Withdrawn = 4,
    Rejected = 5,
}

public enum EnrolmentSource
{
    Self = 1,
    Referent = 2,
    NetworkAdmin = 3,
}

/// <summary>
/// A person in a course: one per person and course, whichever network's catalogue they came through, so progress in a
/// federated course is one.
/// </summary>
public sealed class Enrolment
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid CourseId { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>The network whose catalogue the person enrolled through (for its referents and reports).</summary>
    public Guid NetworkId { get; private set; }

    /// <summary>The employer at enrolment, for the referent's view.</summary>
    public Guid? OrganizationId { get; private set; }

    public EnrolmentStatus Status { get; private set; }

    public EnrolmentSource Source { get; private set; }

    public Guid? AssignedBy { get; private set; }

    public DateOnly? DueDate { get; private set; }

    public DateTime EnrolledAt { get; private set; }

    public DateTime? StartedAt { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    public DateTime? LastActivityAt { get; private set; }

    /// <summary>Where to resume.</summary>
    public Guid? LastObjectId { get; private set; }

    /// <summary>Share of required objects completed, 0–100.</summary>
    public int Percent { get; private set; }

    public int SecondsSpent { get; private set; }

    /// <summary>Optimistic concurrency: two tabs or a retry never overwrite each other's progress.</summary>
    public int Version { get; private set; }

    private Enrolment()
    {
    }

    public static Enrolment Create(Guid courseId, Guid userId, Guid networkId, Guid? organizationId, EnrolmentSource source, Guid? assignedBy,
        DateOnly? dueDate, bool needsApproval, DateTime now) => new()
        {
            CourseId = courseId,
            UserId = userId,
            NetworkId = networkId,
            OrganizationId = organizationId,
            Source = source,
            AssignedBy = assignedBy,
            DueDate = dueDate,
            Status = needsApproval ? EnrolmentStatus.PendingApproval : EnrolmentStatus.Active,
            EnrolledAt = now,
        };

    public bool IsOpen => Status is EnrolmentStatus.Active or EnrolmentStatus.Completed;

    public void Approve(DateTime now)
    {
        if (Status == EnrolmentStatus.PendingApproval)
        {
            Status = EnrolmentStatus.Active;
            EnrolledAt = now;
        }
    }

    public void Reject() => Status = Status == EnrolmentStatus.PendingApproval ? EnrolmentStatus.Rejected : Status;

    public void Withdraw() => Status = Status == EnrolmentStatus.Completed ? Status : EnrolmentStatus.Withdrawn;

    /// <summary>A withdrawn or rejected person enrols again, or is assigned again: progress made before is kept.</summary>
    public void Reopen(EnrolmentSource source, Guid? assignedBy, DateOnly? dueDate, bool needsApproval, DateTime now)
    {
        if (IsOpen)
        {
            Assign(assignedBy, dueDate, source);
            return;
        }

        Source = source;
        AssignedBy = assignedBy;
        DueDate = dueDate;
        Status = needsApproval ? EnrolmentStatus.PendingApproval : EnrolmentStatus.Active;
        EnrolledAt = now;
    }

    /// <summary>An assignment on an existing enrolment sets the deadline (the earliest wins) and who assigned it.</summary>
    public void Assign(Guid? assignedBy, DateOnly? dueDate, EnrolmentSource source)
    {
        if (source != EnrolmentSource.Self)
        {
            Source = source;
            AssignedBy = assignedBy;
        }

        if (dueDate is { } due && (DueDate is null || due < DueDate))
        {
            DueDate = due;
        }
    }

    public void Touch(Guid objectId, int seconds, DateTime now)
    {
        StartedAt ??= now;
        LastActivityAt = now;
        LastObjectId = objectId;
        SecondsSpent += Math.Max(0, seconds);
        Version++;
    }

    public void SetPercent(int percent) => Percent = Math.Clamp(percent, 0, 100);

    public void Complete(DateTime now)
    {
        Status = EnrolmentStatus.Completed;
        CompletedAt ??= now;
        Percent = 100;
    }
}

public enum ProgressStatus
{
    InProgress = 1,
    Completed = 2,
}

/// <summary>A person's progress on one learning object: one row per enrolment and object, so a retry updates it.</summary>
public sealed class ObjectProgress
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid EnrolmentId { get; private set; }

    public Guid ObjectId { get; private set; }

    public Guid UserId { get; private set; }

    public ProgressStatus Status { get; private set; } = ProgressStatus.InProgress;

    /// <summary>Share reached, 0–1 (the video watched; 1 when complete).</summary>
    public double Share { get; private set; }

    /// <summary>Best score in percent for quizzes.</summary>
    public int? Score { get; private set; }

    public int SecondsSpent { get; private set; }

    public DateTime StartedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    private ObjectProgress()
    {
    }

    public static ObjectProgress Start(Guid enrolmentId, Guid objectId, Guid userId, DateTime now) =>
        new() { EnrolmentId = enrolmentId, ObjectId = objectId, UserId = userId, StartedAt = now, UpdatedAt = now };

    public bool IsCompleted => Status == ProgressStatus.Completed;

    /// <summary>Progress only moves forward: a late or repeated report never lowers the share or undoes completion.</summary>
    public void Report(double share, int seconds, DateTime now)
    {
        Share = Math.Max(Share, Math.Clamp(share, 0, 1));
        SecondsSpent += Math.Clamp(seconds, 0, 3600);
        UpdatedAt = now;
    }

    public void RecordScore(int score, DateTime now)
    {
        Score = Math.Max(Score ?? 0, score);
        UpdatedAt = now;
    }

    public void Complete(DateTime now)
    {
        if (Status != ProgressStatus.Completed)
        {
            Status = ProgressStatus.Completed;
            CompletedAt = now;
            Share = 1;
        }

        UpdatedAt = now;
    }
}
