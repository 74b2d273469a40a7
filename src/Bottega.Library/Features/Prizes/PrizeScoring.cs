using Bottega.Library.Domain;

namespace Bottega.Library.Features.Prizes;

/// <summary>One juror's sheet, as the ranking reads it.</summary>
internal sealed record SheetValues(Guid EntryId, Guid JurorId, IReadOnlyDictionary<Guid, int> Values);

/// <summary>An entry's place in its category.</summary>
internal sealed record RankedEntry(Guid EntryId, Guid CategoryId, int Rank, decimal? Score, int Sheets, int Missing, bool Winner);

/// <summary>
/// The ranking from the rubric. A sheet's score is Σ(weight·value/max) / Σweight · 100 (0–100); an entry's score is
/// the mean of its sheets, leaving out jurors who declared a conflict on it. Per category, higher score first; ties
/// go to the entry with more sheets, then to the earlier submission (then the lower code, so the order never varies).
/// The top <c>winners</c> entries with a score win.
/// </summary>
internal static class PrizeScoring
{
    public static decimal SheetScore(IReadOnlyList<PrizeCriterion> criteria, IReadOnlyDictionary<Guid, int> values)
    {
        var totalWeight = criteria.Sum(c => c.Weight);
        if (totalWeight == 0)
        {
            return 0;
        }

        var weighted = criteria.Sum(c => c.Weight * values.GetValueOrDefault(c.Id) / c.MaxScore);
        return weighted / totalWeight * 100;
    }

    public static IReadOnlyList<RankedEntry> Rank(IReadOnlyList<PrizeCriterion> criteria, IReadOnlyList<PrizeEntry> entries, IReadOnlyList<SheetValues> sheets,
        IReadOnlyCollection<Guid> jurors, IReadOnlyCollection<(Guid EntryId, Guid JurorId)> conflicts, int winners)
    {
        var conflicted = conflicts.ToHashSet();
        var scored = entries.Select(e =>
        {
            var own = sheets.Where(s => s.EntryId == e.Id && !conflicted.Contains((e.Id, s.JurorId))).ToList();
            decimal? score = own.Count == 0 ? null : decimal.Round(own.Average(s => SheetScore(criteria, s.Values)), 2, MidpointRounding.AwayFromZero);
            var expected = jurors.Count(j => !conflicted.Contains((e.Id, j)));
            return new { Entry = e, Score = score, Sheets = own.Count, Missing = Math.Max(0, expected - own.Count) };
        });
        return [.. scored.GroupBy(x => x.Entry.CategoryId).SelectMany(category => category
            .OrderByDescending(x => x.Score ?? -1).ThenByDescending(x => x.Sheets).ThenBy(x => x.Entry.SubmittedAt).ThenBy(x => x.Entry.Number)
            .Select((x, i) => new RankedEntry(x.Entry.Id, x.Entry.CategoryId, i + 1, x.Score, x.Sheets, x.Missing, x.Score is not null && i < winners)))];
    }
}
