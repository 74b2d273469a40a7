namespace Bottega.Credentials.Features.Administration;

/// <summary>The outcome of an administrator's action: done, or refused with a message for the person (Italian resource key).</summary>
public sealed record AdminResult(bool Succeeded, string? Error = null, bool NotFound = false)
{
    public static readonly AdminResult Ok = new(true);

    public static readonly AdminResult Missing = new(false, "Badge non trovato.", NotFound: true);

    public static AdminResult Refused(string error) => new(false, error);
}
