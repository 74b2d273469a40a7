using System.Text.Json;

namespace Bottega.Learning.Features.Assessments;

/// <summary>
/// Where a self-assessment stands, saved in <c>Assessment.State</c> after every round so it can be paused and resumed:
/// the area being assessed, and per competence the level asked, the level reached, the questions drawn and the answers.
/// </summary>
internal sealed class AssessmentState
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Index of the area being assessed, in the framework's order.</summary>
    public int Area { get; set; }

    /// <summary>The current area is finished and the next one has not started: the pause point.</summary>
    public bool AreaDone { get; set; }

    /// <summary>Counts the rounds answered, so an old form posted again is recognised.</summary>
    public int Round { get; set; }

    public Dictionary<Guid, CompetenceState> Competences { get; set; } = [];

    public static AssessmentState Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<AssessmentState>(json, Json) ?? new AssessmentState();
        }
        catch (JsonException)
        {
            return new AssessmentState();
        }
    }

    public string Write() => JsonSerializer.Serialize(this, Json);
}

internal sealed class CompetenceState
{
    /// <summary>The level being asked.</summary>
    public int Level { get; set; } = 1;

    /// <summary>The highest level answered all right so far.</summary>
    public int Reached { get; set; }

    public bool Done { get; set; }

    /// <summary>The questions drawn for the level being asked.</summary>
    public List<Guid> Pending { get; set; } = [];

    public Dictionary<Guid, List<string>> Answers { get; set; } = [];
}
