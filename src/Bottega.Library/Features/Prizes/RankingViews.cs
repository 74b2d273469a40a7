using Bottega.Library.Domain;

namespace Bottega.Library.Features.Prizes;

/// <summary>A line of the ranking.</summary>
public sealed record RankingRow(Guid EntryId, int Rank, string Code, string Title, string Organization, decimal? Score, int Sheets, int MissingSheets, bool Winner, Guid? PracticeId);

public sealed record RankingCategory(PrizeCategory Category, IReadOnlyList<RankingRow> Rows);

/// <summary>The ranking of a call: frozen once published; computed live for admins before.</summary>
public sealed record RankingView(PrizeCallView Details, bool Published, IReadOnlyList<RankingCategory> Categories)
{
    public int MissingSheets => Categories.Sum(c => c.Rows.Sum(r => r.MissingSheets));
}
