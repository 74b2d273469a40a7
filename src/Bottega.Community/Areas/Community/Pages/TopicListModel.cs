using Bottega.Community.Features.Spaces;

namespace Bottega.Community.Areas.Community.Pages;

/// <summary>
/// What the topic list partial shows: the rows, the network's slug for links, the accessible name of the list, and
/// the spaces' names when the list spans spaces (home, tag page).
/// </summary>
public sealed record TopicListModel(IReadOnlyList<TopicRow> Rows, string Network, string Label,
    IReadOnlyDictionary<Guid, (string Slug, string Name)>? Spaces = null);
