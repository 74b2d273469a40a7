namespace Bottega.Learning.Domain;

/// <summary>
/// A competency framework: areas, their competences, and the levels every competence is assessed at.
/// National frameworks (the Syllabus) have no network; a network's own frameworks belong to it.
/// </summary>
public sealed class CompetencyFramework
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid? NetworkId { get; private set; }

    /// <summary>Stable code (for example "syllabus"), unique within the owner.</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string? Description { get; private set; }

    /// <summary>Where the framework's text comes from (document, version, date).</summary>
    public string? Source { get; private set; }

    public List<FrameworkLevel> Levels { get; private set; } = [];

    public List<CompetenceArea> Areas { get; private set; } = [];

    private CompetencyFramework()
    {
    }

    public static CompetencyFramework Create(Guid? networkId, string code, string name, string? description, string? source) => new()
    {
        NetworkId = networkId,
        Code = code,
        Name = name,
        Description = description,
        Source = source,
    };

    public void Rename(string name, string? description)
    {
        Name = name;
        Description = description;
    }
}

/// <summary>A level of a framework, ranked from 1 (for the Syllabus: base, intermedio, avanzato).</summary>
public sealed class FrameworkLevel
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid FrameworkId { get; private set; }

    public int Rank { get; private set; }

    public string Name { get; private set; } = "";

    private FrameworkLevel()
    {
    }

    public static FrameworkLevel Create(Guid frameworkId, int rank, string name) => new() { FrameworkId = frameworkId, Rank = rank, Name = name };

    public void Rename(string name) => Name = name.Trim();
}

public sealed class CompetenceArea
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid FrameworkId { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public int Position { get; private set; }

    public List<Competence> Competences { get; private set; } = [];

    private CompetenceArea()
    {
    }

    public static CompetenceArea Create(Guid frameworkId, string code, string name, int position) =>
        new() { FrameworkId = frameworkId, Code = code, Name = name, Position = position };

    public void Rename(string name) => Name = name.Trim();
}

public sealed class Competence
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid AreaId { get; private set; }

    public Guid FrameworkId { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string? Description { get; private set; }

    public int Position { get; private set; }

    private Competence()
    {
    }

    public static Competence Create(Guid frameworkId, Guid areaId, string code, string name, string? description, int position) =>
        new() { FrameworkId = frameworkId, AreaId = areaId, Code = code, Name = name, Description = description, Position = position };

    public void Describe(string name, string? description)
    {
        Name = name.Trim();
        Description = description;
    }
}
