using Bottega.Library.Domain;
using Bottega.Library.Features.Prizes;
using Xunit;

namespace Bottega.Library.Tests.Prizes;

public sealed class PrizeScoringTests
{
    private static readonly DateTime Start = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Network = Guid.NewGuid();
    private static readonly Guid Call = Guid.NewGuid();
    private static readonly Guid Category = Guid.NewGuid();

    private static PrizeEntry Entry(int number, int minutes) => PrizeEntry.Create(Network, Call, Category, Guid.NewGuid(), number,
        new PracticeContent("t", "s", "p", "s", "r", null, null, "tema"), Guid.NewGuid(), Start.AddMinutes(minutes));

    [Fact]
    public void A_sheet_is_the_weighted_mean_of_the_criteria_scaled_to_100()
    {
        PrizeCriterion[] criteria = [PrizeCriterion.Create(Network, Call, "a", null, 40, 10, 1), PrizeCriterion.Create(Network, Call, "b", null, 35, 10, 2),
            PrizeCriterion.Create(Network, Call, "c", null, 25, 5, 3)];

        var score = PrizeScoring.SheetScore(criteria, new Dictionary<Guid, int> { [criteria[0].Id] = 8, [criteria[1].Id] = 6, [criteria[2].Id] = 5 });

        // (40·0.8 + 35·0.6 + 25·1) / 100 · 100 = 32 + 21 + 25 = 78
        Assert.Equal(78m, score);
    }

    [Fact]
    public void Ties_go_to_more_sheets_then_to_the_earlier_submission_and_conflicted_jurors_are_left_out()
    {
        var criterion = PrizeCriterion.Create(Network, Call, "a", null, 1, 10, 1);
        var (late, early, fewer) = (Entry(1, 30), Entry(2, 10), Entry(3, 0));
        Guid[] jurors = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
        SheetValues Sheet(PrizeEntry e, int juror, int value) => new(e.Id, jurors[juror], new Dictionary<Guid, int> { [criterion.Id] = value });
        SheetValues[] sheets =
        [
            Sheet(late, 0, 6), Sheet(late, 1, 6),
            Sheet(early, 0, 6), Sheet(early, 1, 6),
            Sheet(fewer, 0, 6), Sheet(fewer, 2, 1),
        ];

        // The third juror declared a conflict on "fewer" after scoring it: that sheet does not count.
        var ranked = PrizeScoring.Rank([criterion], [late, early, fewer], sheets, jurors, [(fewer.Id, jurors[2])], winners: 1);

        Assert.Equal([early.Id, late.Id, fewer.Id], ranked.OrderBy(r => r.Rank).Select(r => r.EntryId));
        Assert.All(ranked, r => Assert.Equal(60m, r.Score));
        Assert.Equal([true, false, false], ranked.OrderBy(r => r.Rank).Select(r => r.Winner));
        Assert.Equal(1, ranked.Single(r => r.EntryId == late.Id).Missing);
    }
}
