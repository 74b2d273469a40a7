using System.Globalization;
using Bottega.Platform.Tenancy;

namespace Bottega.Library.Domain;

/// <summary>
/// A case an organization submits to a call in one category (one per organization and category; a withdrawn entry is
/// submitted again on the same row). Jurors know it only by its <see cref="Code"/>.
/// </summary>
public sealed class PrizeEntry : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid CallId { get; private set; }

    public Guid CategoryId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public Guid SubmittedBy { get; private set; }

    /// <summary>1, 2, 3 … unique per call; the code jurors see ("C-07").</summary>
    public int Number { get; private set; }

    public string Title { get; private set; } = "";

    public string Summary { get; private set; } = "";

    public string Problem { get; private set; } = "";

    public string Solution { get; private set; } = "";

    public string Results { get; private set; } = "";

    public string? Costs { get; private set; }

    public string? Contacts { get; private set; }

    public string Theme { get; private set; } = "";

    public PrizeEntryStatus Status { get; private set; }

    public string? ExclusionReason { get; private set; }

    public DateTime SubmittedAt { get; private set; }

    public DateTime? WithdrawnAt { get; private set; }

    /// <summary>Position in its category, frozen when the ranking is published.</summary>
    public int? Rank { get; private set; }

    /// <summary>Score 0–100, frozen when the ranking is published.</summary>
    public decimal? Score { get; private set; }

    public bool IsWinner { get; private set; }

    private PrizeEntry()
    {
    }

    public string Code => Format(Number);

    public static string Format(int number) => "C-" + number.ToString("00", CultureInfo.InvariantCulture);

    public static PrizeEntry Create(Guid networkId, Guid callId, Guid categoryId, Guid organizationId, int number, PracticeContent content, Guid submittedBy, DateTime now)
    {
        var entry = new PrizeEntry { NetworkId = networkId, CallId = callId, CategoryId = categoryId, OrganizationId = organizationId, Number = number };
        entry.Resubmit(content, submittedBy, now);
        return entry;
    }

    public void Resubmit(PracticeContent content, Guid submittedBy, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(content);
        Title = content.Title;
        Summary = content.Summary;
        Problem = content.Problem;
        Solution = content.Solution;
        Results = content.Results;
        Costs = content.Costs;
        Contacts = content.Contacts;
        Theme = content.Theme;
        SubmittedBy = submittedBy;
        SubmittedAt = now;
        Status = PrizeEntryStatus.Submitted;
        WithdrawnAt = null;
    }

    public PracticeContent Content => new(Title, Summary, Problem, Solution, Results, Costs, Contacts, Theme);

    public void Withdraw(DateTime now)
    {
        Status = PrizeEntryStatus.Withdrawn;
        WithdrawnAt = now;
    }

    public void Exclude(string reason)
    {
        Status = PrizeEntryStatus.Excluded;
        ExclusionReason = reason;
    }

    public void Ranked(int rank, decimal? score, bool winner)
    {
        Rank = rank;
        Score = score;
        IsWinner = winner;
    }
}
