namespace Bottega.Community.Areas.Community.Pages.Posting;

/// <summary>What the shared post editor needs: the textarea's id and text, and the space (for the mention picker).</summary>
public sealed record EditorFields(string Id, string Label, string? Body, Guid SpaceId, bool WithAttachments);
