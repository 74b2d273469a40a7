namespace Bottega.Credentials.Awards;

/// <summary>The outcome of an award action: done, refused with a sentence to show, or not found.</summary>
public sealed record AwardResult(bool Succeeded, string? Error = null, bool NotFound = false)
{
    public static readonly AwardResult Ok = new(true);

    public static readonly AwardResult Missing = new(false, "Regola non trovata.", NotFound: true);

    public static AwardResult Refused(string error) => new(false, error);
}
