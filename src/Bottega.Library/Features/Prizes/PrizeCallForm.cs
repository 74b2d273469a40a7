using Bottega.Organizations.Contracts;

namespace Bottega.Library.Features.Prizes;

/// <summary>What an admin sets of a call (pages bind it; the demo seed fills it). Dates are Rome wall-clock times.</summary>
public sealed class PrizeCallForm
{
    public string? Title { get; set; }

    /// <summary>Markdown.</summary>
    public string? Description { get; set; }

    public string? EligibilityText { get; set; }

    /// <summary>Empty: any member organization may take part.</summary>
    public List<OrganizationKind> EligibleKinds { get; set; } = [];

    public PrizeDatesForm Dates { get; set; } = new();

    public int WinnersPerCategory { get; set; } = 1;

    /// <summary>Name of the award badge for the winning organizations; empty: no badge.</summary>
    public string? AwardName { get; set; }

    public string? AwardDescription { get; set; }
}

/// <summary>The four moments of a call as Rome wall-clock times (datetime-local inputs).</summary>
public sealed class PrizeDatesForm
{
    public DateTime? SubmissionsOpenAt { get; set; }

    public DateTime? SubmissionsCloseAt { get; set; }

    public DateTime? ScoringOpensAt { get; set; }

    public DateTime? ScoringClosesAt { get; set; }
}

/// <summary>A category or a criterion as an admin adds it.</summary>
public sealed class PrizeRubricForm
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    /// <summary>Criteria only: positive (integer or decimal).</summary>
    public decimal Weight { get; set; } = 1;

    /// <summary>Criteria only: the highest score (1–100).</summary>
    public int MaxScore { get; set; } = 10;
}
