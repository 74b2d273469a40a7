using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Access;
using Bottega.Credentials.Contracts;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Directory;

/// <summary>One of the person's posts: a question or discussion they opened (number 1) or a reply.</summary>
public sealed record ProfilePost(Guid PostId, Guid TopicId, string TopicTitle, TopicKind Kind, int Number, string SpaceName, DateTime CreatedAt, bool IsAccepted)
{
    public bool OpensTopic => Number == 1;
}

public sealed record TagCount(string Name, string Slug, int Count);

public sealed record CommunityProfile(
    DirectoryProfile Person, CommunityFigures Figures, IReadOnlyList<ProfilePost> Posts, int Page, int PageCount, int PostTotal,
    IReadOnlyList<TagCount> TopTags, IReadOnlyList<PublicBadge> Badges);

/// <summary>
/// A member's page in the community: who they are (Identity), their figures, their posts and most answered tags only
/// where the viewer may read and the posts are visible, and the badges they made public (Credentials).
/// </summary>
public sealed class CommunityProfiles
{
    public const int PageSize = 20;
    private const int TagLimit = 10;

    private readonly CommunityDbContext db;
    private readonly IPeopleDirectory directory;
    private readonly IPublicBadges badges;
    private readonly SpacePermissions permissions;
    private readonly ITenantContext tenant;

    internal CommunityProfiles(CommunityDbContext db, IPeopleDirectory directory, IPublicBadges badges, SpacePermissions permissions, ITenantContext tenant)
    {
        this.db = db;
        this.directory = directory;
        this.badges = badges;
        this.permissions = permissions;
        this.tenant = tenant;
    }

    /// <summary>Null when the person is not an active member of the request's network.</summary>
    public async Task<CommunityProfile?> FindAsync(Guid userId, int page, CancellationToken ct)
    {
        var networkId = tenant.NetworkId ?? throw new InvalidOperationException("A profile needs a network.");
        var person = await directory.FindMemberAsync(networkId, userId, ct);
        if (person is null)
        {
            return null;
        }

        var stats = await db.MemberStats.AsNoTracking().Where(s => s.UserId == userId)
            .Select(s => new CommunityFigures(s.Reputation, s.Questions, s.Answers, s.AcceptedAnswers)).FirstOrDefaultAsync(ct);
        var spaces = (await permissions.ReadableSpaceIdsAsync(ct)).ToList();
        var posts = db.Posts.AsNoTracking().Where(p => p.AuthorId == userId && p.Visibility == Visibility.Visible)
            .Join(db.Topics.Where(t => t.Visibility == Visibility.Visible && spaces.Contains(t.SpaceId)), p => p.TopicId, t => t.Id, (p, t) => new { p, t });
        var total = await posts.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var current = Math.Clamp(page, 1, pageCount);
        var list = await posts.OrderByDescending(x => x.p.CreatedAt).ThenByDescending(x => x.p.Id).Skip((current - 1) * PageSize).Take(PageSize)
            .Join(db.Spaces, x => x.t.SpaceId, s => s.Id, (x, s) => new ProfilePost(
                x.p.Id, x.t.Id, x.t.Title, x.t.Kind, x.p.Number, s.Name, x.p.CreatedAt, x.t.AcceptedPostId == x.p.Id))
            .ToListAsync(ct);
        var tags = await posts.Where(x => x.p.Number > 1 && x.t.Kind == TopicKind.Question)
            .Join(db.TopicTags, x => x.t.Id, tt => tt.TopicId, (x, tt) => tt.TagId)
            .Join(db.Tags, id => id, g => g.Id, (id, g) => new { g.Name, g.Slug })
            .GroupBy(g => new { g.Name, g.Slug })
            .Select(g => new { g.Key.Name, g.Key.Slug, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Name).Take(TagLimit)
            .ToListAsync(ct);
        var shown = await badges.ListPublicAsync(userId, ct);
        return new CommunityProfile(person, stats ?? CommunityFigures.Zero, list.OrderByDescending(p => p.CreatedAt).ToList(), current, pageCount, total,
            [.. tags.Select(t => new TagCount(t.Name, t.Slug, t.Count))], shown);
    }
}
