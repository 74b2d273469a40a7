namespace Bottega.Platform.Search;

/// <summary>
/// A row of <see cref="IFullTextIndex.Matches"/>: a matching document's key and its relevance (higher is better;
/// comparable only within one search). A class with setters because EF Core materializes it from raw SQL.
/// </summary>
public sealed class SearchMatch
{
    public Guid Key { get; set; }

    public double Rank { get; set; }
}
