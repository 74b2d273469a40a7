using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Mentions;
using Bottega.Platform.Tenancy;
using Bottega.Platform.Text;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Posts;

/// <summary>A post's text ready to save: the Markdown as written, its safe HTML and the people it mentions.</summary>
internal sealed record ComposedText(string Markdown, string Html, IReadOnlyList<Guid> MentionedUserIds);

/// <summary>Checks and renders what a person writes in a topic, a reply or an edit.</summary>
internal sealed class PostComposer(CommunityDbContext db, MentionResolver mentions, ITenantContext tenant)
{
    public async Task<(ComposedText? Text, PostingResult? Refusal)> ComposeAsync(Space space, string? body, CancellationToken ct)
    {
        var markdown = (body ?? "").Trim();
        if (markdown.Length == 0)
        {
            return (null, PostingResult.Refuse("Scrivi il testo del messaggio."));
        }

        if (markdown.Length > PostLimits.MaxBody)
        {
            return (null, PostingResult.Refuse("Il testo è troppo lungo: al massimo {0} caratteri.", PostLimits.MaxBody));
        }

        var check = await mentions.ResolveAsync(space, markdown, ct);
        if (check.Refusal is not null)
        {
            return (null, check.Refusal);
        }

        return (new ComposedText(markdown, Render(markdown, check.People), [.. check.People.Keys]), null);
    }

    /// <summary>Safe HTML of a text for the preview: mentions shown with the written name, nothing resolved or saved.</summary>
    public string Preview(string? body) => Render((body ?? "").Trim(), new Dictionary<Guid, string>());

    /// <summary>The author's uploads not yet attached to a post, all of them, or a refusal.</summary>
    public async Task<(List<Attachment> Attachments, PostingResult? Refusal)> UploadsAsync(Guid authorId, IReadOnlyCollection<Guid> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return ([], null);
        }

        if (wanted.Count > PostLimits.MaxAttachments)
        {
            return ([], PostingResult.Refuse("Puoi allegare al massimo {0} file a un messaggio.", PostLimits.MaxAttachments));
        }

        var uploads = await db.Attachments.Where(a => wanted.Contains(a.Id) && a.UploaderId == authorId && a.PostId == null).ToListAsync(ct);
        return uploads.Count == wanted.Count ? (uploads, null) : ([], PostingResult.Refuse("Un allegato non è più disponibile: caricalo di nuovo."));
    }

    private string Render(string markdown, IReadOnlyDictionary<Guid, string> people) =>
        MarkdownRenderer.ToSafeHtml(MentionTokens.ToLinks(markdown, people, tenant.Network?.Slug ?? ""));
}
