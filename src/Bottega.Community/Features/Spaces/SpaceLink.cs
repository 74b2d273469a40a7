namespace Bottega.Community.Features.Spaces;

/// <summary>A space's address and name, for links and pickers.</summary>
public sealed record SpaceLink(string Slug, string Name);
