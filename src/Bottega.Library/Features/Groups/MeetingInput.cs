namespace Bottega.Library.Features.Groups;

/// <summary>A meeting as the coordinator plans it: a Rome day and time, a duration, a place or a link.</summary>
public sealed class MeetingInput
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public DateOnly? Day { get; set; }

    public TimeOnly? Time { get; set; }

    public int DurationMinutes { get; set; } = 60;

    public string? Place { get; set; }

    public string? OnlineUrl { get; set; }
}
