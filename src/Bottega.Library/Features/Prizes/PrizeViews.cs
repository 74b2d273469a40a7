using Bottega.Library.Domain;

namespace Bottega.Library.Features.Prizes;

/// <summary>A call with its categories and rubric, as members and admins read it.</summary>
public sealed record PrizeCallView(PrizeCall Call, IReadOnlyList<PrizeCategory> Categories, IReadOnlyList<PrizeCriterion> Criteria)
{
    public decimal TotalWeight => Criteria.Sum(c => c.Weight);

    /// <summary>A criterion's share of the total weight, in per cent.</summary>
    public decimal ShareOf(PrizeCriterion criterion) => TotalWeight == 0 ? 0 : criterion.Weight / TotalWeight * 100;
}

/// <summary>A call in a list.</summary>
public sealed record PrizeCallSummary(Guid Id, string Title, PrizeCallStatus Status, DateTime SubmissionsOpenAt, DateTime SubmissionsCloseAt, DateTime ScoringClosesAt, int Entries);

/// <summary>A juror of a call, named.</summary>
public sealed record PrizeJurorView(Guid PersonId, string Name, string Email, int Sheets);

/// <summary>An entry as admins see it in the call's management page.</summary>
public sealed record PrizeEntryAdminView(Guid Id, string Code, string Title, string Category, string Organization, PrizeEntryStatus Status, DateTime SubmittedAt);

/// <summary>Everything the management page of a call shows.</summary>
public sealed record PrizeCallAdminView(PrizeCallView Details, IReadOnlyList<PrizeJurorView> Jurors, IReadOnlyList<PrizeEntryAdminView> Entries);
