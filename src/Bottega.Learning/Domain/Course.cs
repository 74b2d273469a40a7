namespace Bottega.Learning.Domain;

public enum CourseFormat
{
    SelfPaced = 1,
    Blended = 2,
    Live = 3,
}

public enum CourseStatus
{
    Draft = 1,
    Published = 2,
    Archived = 3,
}

/// <summary>A course, owned by one network and offered in its catalogue and, by federation, in others'.</summary>
public sealed class Course
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public string Title { get; private set; } = "";

    public string SearchTitle { get; private set; } = "";

    public string Summary { get; private set; } = "";

    /// <summary>Markdown; rendered through the sanitizer.</summary>
    public string Description { get; private set; } = "";

    public decimal Hours { get; private set; }

    /// <summary>Rank of the level (1 base, 2 intermediate, 3 advanced).</summary>
    public int Level { get; private set; } = 1;

    /// <summary>Two-letter language code.</summary>
    public string Language { get; private set; } = "it";

    public CourseFormat Format { get; private set; } = CourseFormat.SelfPaced;

    public CourseStatus Status { get; private set; } = CourseStatus.Draft;

    /// <summary>Self-enrolment waits for a network admin or teacher to approve.</summary>
    public bool RequiresApproval { get; private set; }

    /// <summary>Minimum time on the course's learning objects before it completes, in minutes (0: none).</summary>
    public int MinimumMinutes { get; private set; }

    public Guid? CoverFileId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    public List<CourseModule> Modules { get; private set; } = [];

    public List<CourseCompetence> Competences { get; private set; } = [];

    public List<CourseTeacher> Teachers { get; private set; } = [];

    private Course()
    {
    }

    public static Course Create(Guid networkId, string title, DateTime now)
    {
        var course = new Course { NetworkId = networkId, CreatedAt = now };
        course.Describe(title, "", "", 1, 1, "it", CourseFormat.SelfPaced, false, 0, now);
        return course;
    }

    public void Describe(string title, string summary, string description, decimal hours, int level, string language, CourseFormat format,
        bool requiresApproval, int minimumMinutes, DateTime now)
    {
        Title = title.Trim();
        SearchTitle = Bottega.Platform.Text.SearchText.Normalize(Title);
        Summary = summary.Trim();
        Description = description;
        Hours = hours;
        Level = level;
        Language = language;
        Format = format;
        RequiresApproval = requiresApproval;
        MinimumMinutes = minimumMinutes;
        UpdatedAt = now;
    }

    public void SetCover(Guid? fileId) => CoverFileId = fileId;

    /// <summary>Marks a change to the course's parts (modules, objects, competences).</summary>
    public void Touch(DateTime now) => UpdatedAt = now;

    public void Publish(DateTime now)
    {
        Status = CourseStatus.Published;
        PublishedAt ??= now;
        UpdatedAt = now;
    }

    public void Archive(DateTime now)
    {
        Status = CourseStatus.Archived;
        UpdatedAt = now;
    }

    public void BackToDraft(DateTime now)
    {
        Status = CourseStatus.Draft;
        UpdatedAt = now;
    }
}

public sealed class CourseModule
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid CourseId { get; private set; }

    public string Title { get; private set; } = "";

    public int Position { get; private set; }

    public List<LearningObject> Objects { get; private set; } = [];

    private CourseModule()
    {
    }

    public static CourseModule Create(Guid courseId, string title, int position) => new() { CourseId = courseId, Title = title.Trim(), Position = position };

    public void Rename(string title) => Title = title.Trim();

    public void MoveTo(int position) => Position = position;
}

/// <summary>A competence the course develops, at a level of its framework.</summary>
public sealed class CourseCompetence
{
    public Guid CourseId { get; private set; }

    public Guid CompetenceId { get; private set; }

    public int Level { get; private set; }

    private CourseCompetence()
    {
    }

    public static CourseCompetence Create(Guid courseId, Guid competenceId, int level) => new() { CourseId = courseId, CompetenceId = competenceId, Level = level };
}

/// <summary>A teacher: a person of the platform (UserId) or an external expert (name and affiliation only).</summary>
public sealed class CourseTeacher
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid CourseId { get; private set; }

    public Guid? UserId { get; private set; }

    public string Name { get; private set; } = "";

    public string? Affiliation { get; private set; }

    private CourseTeacher()
    {
    }

    public static CourseTeacher Internal(Guid courseId, Guid userId, string name) => new() { CourseId = courseId, UserId = userId, Name = name };

    public static CourseTeacher External(Guid courseId, string name, string? affiliation) => new() { CourseId = courseId, Name = name.Trim(), Affiliation = affiliation?.Trim() };
}

/// <summary>A course in a network's catalogue: its owner's, or another network's by federation.</summary>
public sealed class CourseOffering : Bottega.Platform.Tenancy.INetworkScoped
{
    public Guid NetworkId { get; private set; }

    public Guid CourseId { get; private set; }

    public DateTime OfferedAt { get; private set; }

    private CourseOffering()
    {
    }

    public static CourseOffering Create(Guid networkId, Guid courseId, DateTime now) => new() { NetworkId = networkId, CourseId = courseId, OfferedAt = now };
}
