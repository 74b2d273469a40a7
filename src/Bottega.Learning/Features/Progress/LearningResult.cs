namespace Bottega.Learning.Features.Progress;

/// <summary>The outcome of a learner action: done, or refused with a message for the person (Italian resource key).</summary>
public sealed record LearningResult(bool Succeeded, string? Error = null, bool NotFound = false)
{
    public static readonly LearningResult Ok = new(true);

    public static LearningResult Refused(string error) => new(false, error);

    public static LearningResult Missing(string error) => new(false, error, NotFound: true);
}
