namespace Bottega.Library.Features.Groups;

/// <summary>The outcome of a change to a working group: done (with the group's slug), not found, or refused with an Italian sentence for the page.</summary>
public sealed record GroupResult(bool Succeeded, bool NotFound, string? Error, string? Slug)
{
    public static GroupResult Ok(string slug) => new(true, false, null, slug);

    public static GroupResult Refused(string error) => new(false, false, error, null);

    public static readonly GroupResult Missing = new(false, true, "Gruppo di lavoro non trovato.", null);
}
