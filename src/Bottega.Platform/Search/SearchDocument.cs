namespace Bottega.Platform.Search;

/// <summary>
/// What a module puts in the full-text index: one row per (<paramref name="Kind"/>, <paramref name="Key"/>).
/// <paramref name="Kind"/> names the module's thing ("learning.course"); <paramref name="Key"/> is its id;
/// <paramref name="NetworkId"/> is the network it belongs to, or null for a document of the whole platform.
/// </summary>
public sealed record SearchDocument(string Kind, Guid Key, Guid? NetworkId, string Title, string Body);
