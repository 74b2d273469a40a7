namespace Bottega.Library.Features.Extraction;

/// <summary>The text read from a file, and its page count when the format has pages.</summary>
internal sealed record ExtractedText(string Text, int? PageCount);
