using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Access;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Moderation;

/// <summary>What <c>_TopicModerationTools</c> needs: the topic and its current state (the buttons say lock or unlock, pin or unpin).</summary>
public sealed record TopicModerationTools(Guid TopicId, bool IsLocked, bool IsPinned);

public sealed record SpaceChoice(Guid Id, string Name);

public sealed record ModeratedPostRow(Guid PostId, int Number, Guid AuthorId, string AuthorName, string Html, Visibility Visibility, DateTime CreatedAt, int OpenFlags);

/// <summary>The topic moderation page: the topic, the spaces it may move to and its posts (a page of them), any visibility.</summary>
public sealed record TopicModerationPage(Guid TopicId, string Title, Guid SpaceId, string SpaceName, Visibility Visibility, bool IsLocked, bool IsPinned,
    Guid? MergedIntoId, IReadOnlyList<SpaceChoice> OtherSpaces, QueuePage<ModeratedPostRow> Posts);

/// <summary>Reads a topic for its moderator: null when the person cannot read it, <see cref="ModerationOutcome.Forbidden"/> when they read but do not moderate it.</summary>
public sealed class TopicModerationView
{
    private readonly CommunityDbContext db;
    private readonly SpacePermissions permissions;
    private readonly IPersonNames names;

    internal TopicModerationView(CommunityDbContext db, SpacePermissions permissions, IPersonNames names)
    {
        this.db = db;
        this.permissions = permissions;
        this.names = names;
    }

    public async Task<(ModerationOutcome Outcome, TopicModerationPage? Page)> GetAsync(Guid topicId, int page, CancellationToken ct)
    {
        var (refusal, item) = await ModeratedItems.TopicAsync(db, permissions, topicId, ct);
        if (item is null)
        {
            return (refusal!.Outcome, null);
        }

        var (topic, space) = item;
        var moderated = await permissions.ModeratedSpaceIdsAsync(ct);
        var others = await db.Spaces.AsNoTracking().Where(s => s.Id != space.Id && !s.IsArchived && moderated.Contains(s.Id))
            .OrderBy(s => s.Position).ThenBy(s => s.Name).Select(s => new SpaceChoice(s.Id, s.Name)).ToListAsync(ct);
        var posts = db.Posts.AsNoTracking().Where(p => p.TopicId == topic.Id);
        var total = await posts.CountAsync(ct);
        var pageCount = Math.Max(1, (total + ModerationLists.PageSize - 1) / ModerationLists.PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var slice = await posts.OrderBy(p => p.Number).Skip((page - 1) * ModerationLists.PageSize).Take(ModerationLists.PageSize)
            .Select(p => new { p.Id, p.Number, p.AuthorId, p.Html, p.Visibility, p.CreatedAt, Flags = db.Flags.Count(f => f.PostId == p.Id && f.ResolvedAt == null) })
            .ToListAsync(ct);
        var people = await names.GetAsync(slice.Select(p => p.AuthorId).Distinct(), ct);
        var rows = slice.Select(p => new ModeratedPostRow(p.Id, p.Number, p.AuthorId, people.TryGetValue(p.AuthorId, out var n) ? n : "—", p.Html, p.Visibility,
            p.CreatedAt, p.Flags)).ToList();
        return (ModerationOutcome.Done, new TopicModerationPage(topic.Id, topic.Title, space.Id, space.Name, topic.Visibility, topic.IsLocked, topic.IsPinned,
            topic.MergedIntoId, others, new QueuePage<ModeratedPostRow>(rows, page, pageCount, total)));
    }
}
