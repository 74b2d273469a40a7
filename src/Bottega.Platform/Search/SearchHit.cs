namespace Bottega.Platform.Search;

/// <summary>A matching document's key and its relevance (higher is better; comparable only within one search).</summary>
public sealed record SearchHit(Guid Key, double Rank);
