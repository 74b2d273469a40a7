namespace Bottega.Library.Domain;

/// <summary>Where a prize call stands: drafted, open for entries, being scored, ranking published.</summary>
public enum PrizeCallStatus
{
    Draft = 0,

    /// <summary>Published: members submit entries between the submission dates.</summary>
    Open = 1,

    /// <summary>Submissions closed: jurors score between the scoring dates.</summary>
    Scoring = 2,

    /// <summary>The ranking is public and the winners are marked.</summary>
    RankingPublished = 3,
}

public enum PrizeEntryStatus
{
    Submitted = 0,

    /// <summary>Taken back by its organization while the call was open.</summary>
    Withdrawn = 1,

    /// <summary>Set aside by a network admin (not eligible, incomplete); not scored nor ranked.</summary>
    Excluded = 2,
}
