using Bottega.Platform.Tenancy;

namespace Bottega.Events.Domain;

/// <summary>One import of a session's attendance (a CSV file or BigBlueButton's analytics), with what it matched and refused.</summary>
public sealed class AttendanceImport : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid SessionId { get; private set; }

    public AttendanceSource Source { get; private set; }

    /// <summary>The uploaded file's name, or the provider's report id.</summary>
    public string? Origin { get; private set; }

    /// <summary>The organizer who imported; null for a provider's callback.</summary>
    public Guid? ImportedBy { get; private set; }

    public DateTime ImportedAt { get; private set; }

    public int Rows { get; private set; }

    public int Matched { get; private set; }

    /// <summary>Rows naming nobody registered (or nobody at all), reported by e-mail or name in <see cref="Problems"/>.</summary>
    public int Unknown { get; private set; }

    public int Malformed { get; private set; }

    /// <summary>What was refused, a line each (row number and reason), shown to the organizer.</summary>
    public string? Problems { get; private set; }

    private AttendanceImport()
    {
    }

    public static AttendanceImport Create(Guid networkId, Guid sessionId, AttendanceSource source, string? origin, Guid? importedBy, int rows, int matched,
        int unknown, int malformed, string? problems, DateTime now) => new()
        {
            NetworkId = networkId,
            SessionId = sessionId,
            Source = source,
            Origin = origin,
            ImportedBy = importedBy,
            Rows = rows,
            Matched = matched,
            Unknown = unknown,
            Malformed = malformed,
            Problems = problems,
            ImportedAt = now,
        };
}
