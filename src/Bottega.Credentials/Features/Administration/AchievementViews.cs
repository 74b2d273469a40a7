using Bottega.Credentials.Domain;

namespace Bottega.Credentials.Features.Administration;

public sealed record AchievementFilter(AchievementKind? Kind, bool Archived, int Page);

public sealed record AchievementRow(Guid Id, string Name, AchievementKind Kind, bool IssueOnCompletion, bool Archived, int Issued, int Revoked);

public sealed record AchievementPage(IReadOnlyList<AchievementRow> Rows, int Total, int Page, int PageCount);

public sealed record AlignmentRow(string Code, string Name, string Framework);

public sealed record AchievementDetails(Guid Id, AchievementKind Kind, string? Source, string Name, string Description, string Criteria, string Colour,
    int? ValidityMonths, bool IssueOnCompletion, bool Archived, string? ImageContentType, IReadOnlyList<AlignmentRow> Alignments)
{
    /// <summary>Awards are written by their rules; administrators only read them.</summary>
    public bool ReadOnly => Kind == AchievementKind.Award;
}

/// <summary>What an administrator writes on any achievement.</summary>
public sealed class AchievementInput
{
    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public string Criteria { get; set; } = "";

    public string Colour { get; set; } = "#0066cc";

    public int? ValidityMonths { get; set; }

    public bool IssueOnCompletion { get; set; } = true;
}

/// <summary>What a new achievement is earned by: a course, a path, or a competence at a level ("{competenceId}:{rank}").</summary>
public sealed record AchievementSource(AchievementKind Kind, Guid? CourseId, Guid? PathId, string? CompetenceLevel);

/// <summary>The network's catalogue to choose a new achievement's source from.</summary>
public sealed record SourceChoices(IReadOnlyList<SourceChoice> Courses, IReadOnlyList<SourceChoice> Paths, IReadOnlyList<SourceChoice> CompetenceLevels);

/// <summary>An option of a source list; Group names the framework of a competence.</summary>
public sealed record SourceChoice(string Value, string Label, string? Group = null);
