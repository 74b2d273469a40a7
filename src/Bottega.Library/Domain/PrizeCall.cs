using Bottega.Organizations.Contracts;
using Bottega.Platform.Tenancy;

namespace Bottega.Library.Domain;

/// <summary>
/// A network's prize call (an innovation prize): organizations submit cases in categories between two dates, a jury
/// scores them blind on a weighted rubric between two other dates, and the ranking is published with its winners.
/// </summary>
public sealed class PrizeCall : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>Markdown, rendered sanitized.</summary>
    public string? Description { get; private set; }

    /// <summary>Who may take part, as the call states it.</summary>
    public string? EligibilityText { get; private set; }

    /// <summary>Organization kinds that may submit, comma-separated enum names; null: any member organization.</summary>
    public string? EligibleKinds { get; private set; }

    public DateTime SubmissionsOpenAt { get; private set; }

    public DateTime SubmissionsCloseAt { get; private set; }

    public DateTime ScoringOpensAt { get; private set; }

    public DateTime ScoringClosesAt { get; private set; }

    public PrizeCallStatus Status { get; private set; }

    public int WinnersPerCategory { get; private set; } = 1;

    /// <summary>Name of the organization award badge given to the winners; null: no badge.</summary>
    public string? AwardName { get; private set; }

    public string? AwardDescription { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? OpenedAt { get; private set; }

    public DateTime? RankingPublishedAt { get; private set; }

    private PrizeCall()
    {
    }

    public static PrizeCall Create(Guid networkId, PrizeCallDetails details, Guid createdBy, DateTime now)
    {
        var call = new PrizeCall { NetworkId = networkId, CreatedBy = createdBy, CreatedAt = now, Status = PrizeCallStatus.Draft };
        call.Update(details);
        return call;
    }

    public void Update(PrizeCallDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        Title = details.Title;
        Description = details.Description;
        EligibilityText = details.EligibilityText;
        EligibleKinds = details.EligibleKinds.Count == 0 ? null : string.Join(',', details.EligibleKinds.Distinct().Order());
        WinnersPerCategory = details.WinnersPerCategory;
        AwardName = details.AwardName;
        AwardDescription = details.AwardDescription;
        Reschedule(details.Dates);
    }

    public void Reschedule(PrizeCallDates dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        SubmissionsOpenAt = dates.SubmissionsOpenAt;
        SubmissionsCloseAt = dates.SubmissionsCloseAt;
        ScoringOpensAt = dates.ScoringOpensAt;
        ScoringClosesAt = dates.ScoringClosesAt;
    }

    public PrizeCallDates Dates => new(SubmissionsOpenAt, SubmissionsCloseAt, ScoringOpensAt, ScoringClosesAt);

    public IReadOnlyList<OrganizationKind> EligibleKindList =>
        EligibleKinds is null ? [] : [.. EligibleKinds.Split(',').Select(k => Enum.Parse<OrganizationKind>(k))];

    public bool IsEligible(OrganizationKind kind) => EligibleKinds is null || EligibleKindList.Contains(kind);

    public bool AcceptsEntries(DateTime now) => Status == PrizeCallStatus.Open && now >= SubmissionsOpenAt && now < SubmissionsCloseAt;

    public bool AcceptsScores(DateTime now) => Status == PrizeCallStatus.Scoring && now >= ScoringOpensAt && now < ScoringClosesAt;

    public void Open(DateTime now)
    {
        Status = PrizeCallStatus.Open;
        OpenedAt ??= now;
    }

    /// <summary>Ends submissions (now, when their closing date is still ahead) and starts the jury's phase.</summary>
    public void CloseSubmissions(DateTime now)
    {
        Status = PrizeCallStatus.Scoring;
        if (SubmissionsCloseAt > now)
        {
            SubmissionsCloseAt = now;
        }
    }

    /// <summary>Ends scoring now, when its closing date is still ahead.</summary>
    public void CloseScoring(DateTime now)
    {
        if (ScoringClosesAt > now)
        {
            ScoringClosesAt = now;
        }

        if (ScoringOpensAt > now)
        {
            ScoringOpensAt = now;
        }
    }

    public void PublishRanking(DateTime now)
    {
        Status = PrizeCallStatus.RankingPublished;
        RankingPublishedAt ??= now;
    }
}

/// <summary>The four instants (UTC) of a call.</summary>
public sealed record PrizeCallDates(DateTime SubmissionsOpenAt, DateTime SubmissionsCloseAt, DateTime ScoringOpensAt, DateTime ScoringClosesAt);

/// <summary>What an admin sets of a call (validated at the edge).</summary>
public sealed record PrizeCallDetails(
    string Title,
    string? Description,
    string? EligibilityText,
    IReadOnlyCollection<OrganizationKind> EligibleKinds,
    PrizeCallDates Dates,
    int WinnersPerCategory,
    string? AwardName,
    string? AwardDescription);
