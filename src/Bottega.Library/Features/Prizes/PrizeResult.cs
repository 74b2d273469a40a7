namespace Bottega.Library.Features.Prizes;

/// <summary>The outcome of a prize-call action: done (with the id it concerns) or refused with an Italian sentence for the page.</summary>
public sealed record PrizeResult(bool Succeeded, bool NotFound, string? Error, Guid Id)
{
    public static PrizeResult Ok(Guid id) => new(true, false, null, id);

    public static PrizeResult Refused(string error) => new(false, false, error, Guid.Empty);

    public static readonly PrizeResult Missing = new(false, true, "Bando non trovato.", Guid.Empty);
}
