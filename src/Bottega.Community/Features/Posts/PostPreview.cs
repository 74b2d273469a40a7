using Bottega.Community.Features.Mentions;
using Bottega.Platform.Text;

namespace Bottega.Community.Features.Posts;

/// <summary>The editor's preview: the text rendered and sanitized as it will be, mentions shown by their written name.</summary>
public static class PostPreview
{
    public static string Html(string? body)
    {
        var markdown = (body ?? "").Trim();
        return markdown.Length > PostLimits.MaxBody ? "" : MarkdownRenderer.ToSafeHtml(MentionTokens.ToLinks(markdown, new Dictionary<Guid, string>(), ""));
    }
}
