namespace Bottega.Community.Features.Spaces;

/// <summary>The outcome of a change to a space: done (with the space's id) or refused with an Italian sentence for the page.</summary>
public sealed record SpaceResult(bool Succeeded, bool NotFound, string? Error, Guid Id)
{
    public static SpaceResult Ok(Guid id) => new(true, false, null, id);

    public static SpaceResult Refused(string error) => new(false, false, error, Guid.Empty);

    public static readonly SpaceResult Missing = new(false, true, "Spazio non trovato.", Guid.Empty);
}
