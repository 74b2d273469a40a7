namespace Bottega.Library.Features.Prizes;

public enum JurorEntryState
{
    ToDo = 0,
    Scored = 1,
    Conflict = 2,
}

/// <summary>An entry in a juror's list: its code, never its organization.</summary>
public sealed record JurorEntryItem(Guid Id, string Code, string Title, string Category, JurorEntryState State);

/// <summary>A juror's list of the call's entries.</summary>
public sealed record JurorList(PrizeCallView Details, IReadOnlyList<JurorEntryItem> Entries, string? Refusal);

/// <summary>The case as jurors read it: no organization, no submitter, no contacts.</summary>
public sealed record BlindEntry(Guid Id, string Code, string Category, string Title, string Summary, string Problem, string Solution, string Results, string? Costs, string Theme);

/// <summary>The scoring page of one entry for one juror: the case, the rubric, their own sheet or conflict, and why they cannot score now.</summary>
public sealed record JurorEntryView(
    PrizeCallView Details,
    BlindEntry Entry,
    IReadOnlyDictionary<Guid, int>? MyScores,
    string? MyComment,
    string? ConflictReason,
    string? Refusal)
{
    public bool CanScore => Refusal is null;
}
