using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Access;
using Bottega.Community.Features.Reputation;
using Bottega.Community.Features.Spaces;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Home;

/// <summary>A space on the community home.</summary>
public sealed record SpaceCard(Guid Id, string Slug, string Name, string? Description, SpaceKind Kind, int TopicCount, int PostCount,
    DateTime? LastActivityAt, bool IsArchived, bool CanPost);

/// <summary>
/// The community home: the spaces the person reads, the latest unanswered questions and recent activity, and the
/// first-visit guide (<see cref="ShowGuide"/>) and first-question prompt (<see cref="NeverPosted"/>).
/// </summary>
public sealed record HomeView(IReadOnlyList<SpaceCard> Spaces, IReadOnlyList<TopicRow> Unanswered, IReadOnlyList<TopicRow> Recent,
    bool ShowGuide, bool NeverPosted)
{
    public IReadOnlyList<SpaceCard> Postable => [.. Spaces.Where(s => s.CanPost)];
}

public sealed class CommunityHome
{
    public const int ListSize = 10;

    private readonly CommunityDbContext db;
    private readonly ITenantContext tenant;
    private readonly ICurrentUser user;
    private readonly TimeProvider time;
    private readonly SpacePermissions permissions;
    private readonly IPersonNames names;

    internal CommunityHome(CommunityDbContext db, ITenantContext tenant, ICurrentUser user, TimeProvider time, SpacePermissions permissions, IPersonNames names)
    {
        this.db = db;
        this.tenant = tenant;
        this.user = user;
        this.time = time;
        this.permissions = permissions;
        this.names = names;
    }

    public async Task<HomeView> LoadAsync(CancellationToken ct)
    {
        var networkId = tenant.NetworkId ?? throw new InvalidOperationException("No network in this request.");
        var userId = user.Id ?? throw new InvalidOperationException("No signed-in person.");
        var spaces = await ReadableSpaces.LoadAsync(db, permissions, ct);
        var ids = spaces.Select(s => s.Space.Id).ToList();
        var visible = db.Topics.AsNoTracking().Where(t => t.NetworkId == networkId && t.Visibility == Visibility.Visible && ids.Contains(t.SpaceId));
        var unanswered = await TopicRows.LoadAsync(db, names,
            visible.Where(t => t.Kind == TopicKind.Question && t.ReplyCount == 0).OrderByDescending(t => t.LastPostAt).Take(ListSize), ct);
        var recent = await TopicRows.LoadAsync(db, names, visible.OrderByDescending(t => t.LastPostAt).Take(ListSize), ct);
        var onboarded = await db.MemberStats.AsNoTracking().Where(s => s.NetworkId == networkId && s.UserId == userId)
            .Select(s => s.OnboardedAt).FirstOrDefaultAsync(ct);
        var posted = await db.Posts.AnyAsync(p => p.NetworkId == networkId && p.AuthorId == userId, ct);
        var cards = spaces.Select(s => new SpaceCard(s.Space.Id, s.Space.Slug, s.Space.Name, s.Space.Description, s.Space.Kind, s.Space.TopicCount,
            s.Space.PostCount, s.Space.LastActivityAt, s.Space.IsArchived, s.Rights.CanPost)).ToList();
        return new HomeView(cards, unanswered, recent, onboarded is null, !posted);
    }

    /// <summary>The person closed the first-visit guide: it is not shown again in this network.</summary>
    public async Task DismissGuideAsync(CancellationToken ct)
    {
        var networkId = tenant.NetworkId ?? throw new InvalidOperationException("No network in this request.");
        var userId = user.Id ?? throw new InvalidOperationException("No signed-in person.");
        var stats = await MemberStatistics.GetOrAddAsync(db, networkId, userId, ct);
        stats.Onboarded(time.GetUtcNow().UtcDateTime);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Dismissed twice at once (two tabs) and the row was new in both: the other request created it; set it there.
            db.ChangeTracker.Clear();
            stats = await MemberStatistics.GetOrAddAsync(db, networkId, userId, ct);
            stats.Onboarded(time.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(ct);
        }
    }
}
