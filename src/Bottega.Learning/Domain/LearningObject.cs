namespace Bottega.Learning.Domain;

/// <summary>The kinds of learning object; each has an <see cref="Objects.ILearningObjectKind"/> that knows its content and completion.</summary>
public enum LearningObjectKind
{
    Page = 1,
    Video = 2,
    Document = 3,
    Quiz = 4,
    ExternalLink = 5,
    LiveSession = 6,
}

/// <summary>
/// One step of a module. What is common lives in columns; what depends on the kind lives in <see cref="Content"/>
/// (JSON read and written only by the kind's handler), so new kinds (SCORM, xAPI) need no new table.
/// </summary>
public sealed class LearningObject
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid CourseId { get; private set; }

    public Guid ModuleId { get; private set; }

    public LearningObjectKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    public int Position { get; private set; }

    /// <summary>Needed for the course to complete; optional objects only add to the progress shown.</summary>
    public bool Required { get; private set; } = true;

    /// <summary>Expected time, for the learner's planning.</summary>
    public int Minutes { get; private set; }

    public string Content { get; private set; } = "{}";

    private LearningObject()
    {
    }

    public static LearningObject Create(Guid courseId, Guid moduleId, LearningObjectKind kind, string title, int position, bool required, int minutes, string content) => new()
    {
        CourseId = courseId,
        ModuleId = moduleId,
        Kind = kind,
        Title = title.Trim(),
        Position = position,
        Required = required,
        Minutes = minutes,
        Content = content,
    };

    public void Update(string title, bool required, int minutes, string content)
    {
        Title = title.Trim();
        Required = required;
        Minutes = minutes;
        Content = content;
    }

    public void MoveTo(Guid moduleId, int position)
    {
        ModuleId = moduleId;
        Position = position;
    }
}
