namespace Bottega.Library.Features.Practices;

/// <summary>The outcome of a change to a good practice: done (with its id), not found, or refused with an Italian sentence for the page.</summary>
public sealed record PracticeResult(bool Succeeded, bool NotFound, bool Denied, string? Error, Guid Id)
{
    public static PracticeResult Ok(Guid id) => new(true, false, false, null, id);

    public static PracticeResult Refused(string error) => new(false, false, false, error, Guid.Empty);

    public static readonly PracticeResult Missing = new(false, true, false, "Buona pratica non trovata.", Guid.Empty);

    public static readonly PracticeResult Forbidden = new(false, false, true, "Non puoi modificare questa buona pratica.", Guid.Empty);
}
