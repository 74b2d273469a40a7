using Bottega.Community.Contracts;
using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Access;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Data;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Mentions;

/// <summary>Finds the topics that link to something, with the same reading rule as the spaces' pages (<see cref="SpacePermissions.Rights"/>).</summary>
internal sealed class DiscussionMentions(CommunityDbContext db, IMembershipLookup memberships, INetworkDirectory networks) : IDiscussionMentions
{
    public async Task<IReadOnlyList<MentioningTopic>> FindAsync(Guid networkId, Guid viewerId, string linkFragment, int limit, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(linkFragment) || limit <= 0)
        {
            return [];
        }

        var roles = await memberships.GetActiveRolesAsync(viewerId, networkId, ct);
        if (roles == NetworkRole.None || await networks.FindAsync(networkId, ct) is not { } network)
        {
            return [];
        }

        var spaces = await db.Spaces.IgnoreQueryFilters([BottegaModel.TenantFilter]).AsNoTracking().Where(s => s.NetworkId == networkId).ToListAsync(ct);
        var listed = await db.SpaceMembers.IgnoreQueryFilters([BottegaModel.TenantFilter]).AsNoTracking()
            .Where(m => m.NetworkId == networkId && m.UserId == viewerId).ToDictionaryAsync(m => m.SpaceId, m => m.Role, ct);
        var readable = spaces.Where(s => SpacePermissions.Rights(s, roles, listed.TryGetValue(s.Id, out var role) ? role : null).CanRead)
            .Select(s => s.Id).ToList();
        if (readable.Count == 0)
        {
            return [];
        }

        var posts = db.Posts.IgnoreQueryFilters([BottegaModel.TenantFilter])
            .Where(p => p.NetworkId == networkId && p.Visibility == Visibility.Visible && p.Markdown.Contains(linkFragment));
        var topics = await db.Topics.IgnoreQueryFilters([BottegaModel.TenantFilter]).AsNoTracking()
            .Where(t => t.NetworkId == networkId && t.Visibility == Visibility.Visible && t.MergedIntoId == null && readable.Contains(t.SpaceId)
                && posts.Any(p => p.TopicId == t.Id))
            .OrderByDescending(t => t.LastPostAt)
            .Take(Math.Min(limit, 50))
            .Select(t => new { t.Id, t.Title, t.LastPostAt })
            .ToListAsync(ct);
        return [.. topics.Select(t => new MentioningTopic(t.Title, $"/reti/{network.Slug}/comunita/discussioni/{t.Id}", t.LastPostAt))];
    }
}
