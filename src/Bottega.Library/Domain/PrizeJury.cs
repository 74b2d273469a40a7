using Bottega.Platform.Tenancy;

namespace Bottega.Library.Domain;

/// <summary>A juror's declared conflict of interest on an entry: they cannot score it and it leaves their list.</summary>
public sealed class ConflictDeclaration : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid CallId { get; private set; }

    public Guid EntryId { get; private set; }

    public Guid JurorId { get; private set; }

    public string Reason { get; private set; } = "";

    public DateTime DeclaredAt { get; private set; }

    private ConflictDeclaration()
    {
    }

    public static ConflictDeclaration Create(Guid networkId, Guid callId, Guid entryId, Guid jurorId, string reason, DateTime now) =>
        new() { NetworkId = networkId, CallId = callId, EntryId = entryId, JurorId = jurorId, Reason = reason, DeclaredAt = now };
}

/// <summary>One juror's scores of one entry, given once (unique per entry and juror).</summary>
public sealed class JurorScoreSheet : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid CallId { get; private set; }

    public Guid EntryId { get; private set; }

    public Guid JurorId { get; private set; }

    public string? Comment { get; private set; }

    public DateTime SubmittedAt { get; private set; }

    private JurorScoreSheet()
    {
    }

    public static JurorScoreSheet Create(Guid networkId, Guid callId, Guid entryId, Guid jurorId, string? comment, DateTime now) =>
        new() { NetworkId = networkId, CallId = callId, EntryId = entryId, JurorId = jurorId, Comment = comment, SubmittedAt = now };
}

/// <summary>The value a sheet gives one criterion (0..max of the criterion).</summary>
public sealed class JurorScore : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid SheetId { get; private set; }

    public Guid CriterionId { get; private set; }

    public int Value { get; private set; }

    private JurorScore()
    {
    }

    public static JurorScore Create(Guid networkId, Guid sheetId, Guid criterionId, int value) =>
        new() { NetworkId = networkId, SheetId = sheetId, CriterionId = criterionId, Value = value };
}
