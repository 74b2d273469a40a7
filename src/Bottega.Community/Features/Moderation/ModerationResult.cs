namespace Bottega.Community.Features.Moderation;

public enum ModerationOutcome
{
    Done = 0,

    /// <summary>No such post, topic, space or ban in this network, or one the person may not read.</summary>
    NotFound = 1,

    /// <summary>The person reads it but does not moderate it.</summary>
    Forbidden = 2,

    /// <summary>Refused with a message for the page (<see cref="ModerationResult.Error"/>, an Italian resource key).</summary>
    Refused = 3,
}

/// <summary>What a moderation action did; <see cref="Notice"/> is the confirmation shown after the redirect.</summary>
public sealed record ModerationResult(ModerationOutcome Outcome, string? Error = null, string? Notice = null)
{
    public static readonly ModerationResult NotFound = new(ModerationOutcome.NotFound);

    public static readonly ModerationResult Forbidden = new(ModerationOutcome.Forbidden);

    public bool Succeeded => Outcome == ModerationOutcome.Done;

    public static ModerationResult Done(string notice) => new(ModerationOutcome.Done, Notice: notice);

    public static ModerationResult Refused(string error) => new(ModerationOutcome.Refused, error);
}
