namespace Bottega.Community.Features.Events;

/// <summary>The first words of a post or message, for events, notifications and e-mails.</summary>
internal static class Excerpts
{
    public const int Length = 200;

    public static string Of(string markdown)
    {
        var flat = string.Join(' ', markdown.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= Length ? flat : string.Concat(flat.AsSpan(0, Length - 1), "…");
    }
}
