using Bottega.Platform.Tenancy;

namespace Bottega.Learning.Domain;

/// <summary>Ordered courses of a network (for example the 128-hour digital-skills path).</summary>
public sealed class LearningPath : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public string Title { get; private set; } = "";

    public string Summary { get; private set; } = "";

    public string Description { get; private set; } = "";

    public CourseStatus Status { get; private set; } = CourseStatus.Draft;

    /// <summary>The framework whose self-assessment recommends this path, if any.</summary>
    public Guid? FrameworkId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public List<PathStep> Steps { get; private set; } = [];

    private LearningPath()
    {
    }

    public static LearningPath Create(Guid networkId, string title, string summary, string description, Guid? frameworkId, DateTime now) => new()
    {
        NetworkId = networkId,
        Title = title.Trim(),
        Summary = summary.Trim(),
        Description = description,
        FrameworkId = frameworkId,
        CreatedAt = now,
    };

    public void Describe(string title, string summary, string description, Guid? frameworkId)
    {
        Title = title.Trim();
        Summary = summary.Trim();
        Description = description;
        FrameworkId = frameworkId;
    }

    public void Publish() => Status = CourseStatus.Published;

    public void Archive() => Status = CourseStatus.Archived;
}

/// <summary>A course in a path, in order; a prerequisite must be completed before the course can be started.</summary>
public sealed class PathStep
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid PathId { get; private set; }

    public Guid CourseId { get; private set; }

    public int Position { get; private set; }

    public bool Required { get; private set; } = true;

    public Guid? PrerequisiteCourseId { get; private set; }

    private PathStep()
    {
    }

    public static PathStep Create(Guid pathId, Guid courseId, int position, bool required, Guid? prerequisiteCourseId) => new()
    {
        PathId = pathId,
        CourseId = courseId,
        Position = position,
        Required = required,
        PrerequisiteCourseId = prerequisiteCourseId,
    };

    public void Change(int position, bool required, Guid? prerequisiteCourseId)
    {
        Position = position;
        Required = required;
        PrerequisiteCourseId = prerequisiteCourseId;
    }
}
