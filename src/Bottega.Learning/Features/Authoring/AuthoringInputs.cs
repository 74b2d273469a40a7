using Bottega.Learning.Domain;

namespace Bottega.Learning.Features.Authoring;

/// <summary>What the course editor's description form sends.</summary>
public sealed class CourseInput
{
    public string Title { get; set; } = "";

    public string? Summary { get; set; }

    public string? Description { get; set; }

    public decimal Hours { get; set; } = 1;

    public int Level { get; set; } = 1;

    public string Language { get; set; } = "it";

    public CourseFormat Format { get; set; } = CourseFormat.SelfPaced;

    public bool RequiresApproval { get; set; }

    public int MinimumMinutes { get; set; }
}

/// <summary>The fields of a learning object; each kind reads the ones it needs.</summary>
public sealed class ObjectInput
{
    public string Title { get; set; } = "";

    public bool Required { get; set; } = true;

    public int Minutes { get; set; }

    /// <summary>Page: the Markdown text.</summary>
    public string? Markdown { get; set; }

    /// <summary>Video, document, link: the address (https only for video and document).</summary>
    public string? Url { get; set; }

    /// <summary>Video: percent watched for completion, 10–100.</summary>
    public int CompletePercent { get; set; } = 90;

    public string? Transcript { get; set; }

    /// <summary>Document notes, link and live-session description.</summary>
    public string? Notes { get; set; }

    public int PassingScore { get; set; } = 70;

    public int? DrawCount { get; set; }

    public int? MaxAttempts { get; set; } = 3;

    public bool ShowFeedback { get; set; } = true;

    public Guid? EventSessionId { get; set; }

    public DateTime? StartsAt { get; set; }
}

/// <summary>An uploaded file as the service needs it: a seekable stream, the name the browser sent, the length.</summary>
public sealed record Upload(Stream Content, string FileName, long Length);

/// <summary>A competence of the course with the level (rank of the framework's level) it is developed to.</summary>
public sealed record CompetenceChoice(Guid CompetenceId, int Level);
