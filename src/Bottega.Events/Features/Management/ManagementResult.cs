namespace Bottega.Events.Features.Management;

/// <summary>The outcome of an organizer's change: done (with the id it concerns) or refused with an Italian sentence for the page.</summary>
public sealed record ManagementResult(bool Succeeded, bool NotFound, string? Error, Guid Id)
{
    public static ManagementResult Ok(Guid id) => new(true, false, null, id);

    public static ManagementResult Refused(string error) => new(false, false, error, Guid.Empty);

    public static readonly ManagementResult Missing = new(false, true, "Evento non trovato.", Guid.Empty);
}
