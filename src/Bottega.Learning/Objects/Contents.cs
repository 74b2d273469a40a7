using System.Text.Json;

namespace Bottega.Learning.Objects;

/// <summary>Kind-specific content of a learning object, stored as JSON in <c>LearningObject.Content</c>.</summary>
public static class ObjectContent
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Write<T>(T content) => JsonSerializer.Serialize(content, Json);

    public static T Read<T>(string json)
        where T : new()
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Json) ?? new T();
        }
        catch (JsonException)
        {
            return new T();
        }
    }
}

public sealed class PageContent
{
    public string Markdown { get; set; } = "";
}

public sealed class VideoContent
{
    /// <summary>An uploaded file (served by Bottega) or an external URL of a video file.</summary>
    public Guid? FileId { get; set; }

    public string? Url { get; set; }

    /// <summary>Share of the video to watch for completion, 0.1–1.</summary>
    public double CompleteAtShare { get; set; } = 0.9;

    public string? Transcript { get; set; }
}

public sealed class DocumentContent
{
    public Guid? FileId { get; set; }

    public string? FileName { get; set; }

    public string? Url { get; set; }

    public string? Notes { get; set; }
}

public sealed class QuizContent
{
    /// <summary>Percent of points needed to pass.</summary>
    public int PassingScore { get; set; } = 70;

    /// <summary>Questions drawn at random from the bank for each attempt (null: all of them).</summary>
    public int? DrawCount { get; set; }

    /// <summary>Attempts allowed (null: unlimited).</summary>
    public int? MaxAttempts { get; set; } = 3;

    public bool ShowFeedback { get; set; } = true;

    public string? Instructions { get; set; }
}

public sealed class LinkContent
{
    public string Url { get; set; } = "";

    public string? Description { get; set; }
}

public sealed class LiveSessionContent
{
    /// <summary>The event session (Events module) whose attendance completes this object.</summary>
    public Guid? EventSessionId { get; set; }

    public DateTime? StartsAt { get; set; }

    public string? Description { get; set; }
}
