using Bottega.Community.Data;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Data;
using Bottega.Platform.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Privacy;

/// <summary>
/// The community's part of a person's data, in every network. On erasure posts and topics stay, so threads still read,
/// with their AuthorId: Identity no longer names the erased person and pages show "Utente rimosso". What is theirs
/// alone goes: private messages, conversations left empty, notifications, subscriptions, e-mail preference, space
/// memberships, reputation and figures.
/// </summary>
internal sealed class CommunityPersonalData(CommunityDbContext db, INetworkDirectory networks) : IPersonalDataContributor
{
    private static readonly string[] Tenant = [BottegaModel.TenantFilter];

    public string Section => "community";

    public async Task<object?> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        var topics = await db.Topics.IgnoreQueryFilters(Tenant).AsNoTracking().Where(t => t.AuthorId == userId).OrderBy(t => t.CreatedAt)
            .Select(t => new { t.Id, t.NetworkId, t.Title, kind = t.Kind.ToString(), visibility = t.Visibility.ToString(), t.CreatedAt }).ToListAsync(ct);
        var posts = await db.Posts.IgnoreQueryFilters(Tenant).AsNoTracking().Where(p => p.AuthorId == userId).OrderBy(p => p.CreatedAt)
            .Select(p => new { p.Id, p.NetworkId, p.TopicId, p.Number, p.Markdown, visibility = p.Visibility.ToString(), p.CreatedAt, p.EditedAt }).ToListAsync(ct);
        var votes = await db.Votes.IgnoreQueryFilters(Tenant).AsNoTracking().Where(v => v.UserId == userId).OrderBy(v => v.CreatedAt)
            .Select(v => new { v.NetworkId, v.PostId, v.Value, v.CreatedAt }).ToListAsync(ct);
        var conversations = await db.Participants.IgnoreQueryFilters(Tenant).AsNoTracking().Where(p => p.UserId == userId)
            .Join(db.Conversations.IgnoreQueryFilters(Tenant), p => p.ConversationId, c => c.Id, (p, c) => new { c.Id, c.NetworkId, c.Subject, c.CreatedAt, p.LastReadAt })
            .OrderBy(c => c.CreatedAt).ToListAsync(ct);
        var messages = await db.Messages.IgnoreQueryFilters(Tenant).AsNoTracking().Where(m => m.SenderId == userId).OrderBy(m => m.CreatedAt)
            .Select(m => new { m.ConversationId, m.Markdown, m.CreatedAt }).ToListAsync(ct);
        var subscriptions = await db.Subscriptions.IgnoreQueryFilters(Tenant).AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.CreatedAt)
            .Select(s => new { s.NetworkId, target = s.Target.ToString(), s.TargetId, s.CreatedAt }).ToListAsync(ct);
        var notifications = await db.Notifications.IgnoreQueryFilters(Tenant).AsNoTracking().Where(n => n.UserId == userId).OrderBy(n => n.CreatedAt)
            .Select(n => new { n.NetworkId, kind = n.Kind.ToString(), n.Text, n.Url, n.CreatedAt, n.ReadAt, n.EmailedAt }).ToListAsync(ct);
        var preference = await db.Preferences.AsNoTracking().Where(p => p.UserId == userId)
            .Select(p => new { frequency = p.Frequency.ToString(), p.LastDigestAt, p.UpdatedAt }).FirstOrDefaultAsync(ct);
        var figures = await db.MemberStats.IgnoreQueryFilters(Tenant).AsNoTracking().Where(s => s.UserId == userId)
            .Select(s => new { s.NetworkId, s.Reputation, s.Questions, s.Answers, s.AcceptedAnswers, s.TrustedAt, s.LastPostAt }).ToListAsync(ct);
        var flags = await db.Flags.IgnoreQueryFilters(Tenant).AsNoTracking().Where(f => f.ReporterId == userId)
            .Select(f => new { f.NetworkId, f.PostId, reason = f.Reason.ToString(), f.Comment, f.CreatedAt }).ToListAsync(ct);
        var networkIds = topics.Select(t => t.NetworkId).Concat(posts.Select(p => p.NetworkId)).Concat(figures.Select(f => f.NetworkId))
            .Concat(conversations.Select(c => c.NetworkId)).Distinct();
        var networkNames = (await networks.GetManyAsync(networkIds, ct)).ToDictionary(n => n.Id, n => n.Name);
        return new
        {
            networks = networkNames,
            topics,
            posts,
            votes,
            conversations,
            messagesSent = messages,
            subscriptions,
            notifications,
            emailPreference = preference,
            figures,
            flagsRaised = flags,
        };
    }

    public async Task EraseAsync(Guid userId, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var conversationIds = await db.Participants.IgnoreQueryFilters(Tenant).Where(p => p.UserId == userId).Select(p => p.ConversationId).ToListAsync(ct);
        await db.Messages.IgnoreQueryFilters(Tenant).Where(m => m.SenderId == userId).ExecuteDeleteAsync(ct);
        await db.Participants.IgnoreQueryFilters(Tenant).Where(p => p.UserId == userId).ExecuteDeleteAsync(ct);
        var emptied = db.Conversations.IgnoreQueryFilters(Tenant)
            .Where(c => conversationIds.Contains(c.Id) && !db.Participants.IgnoreQueryFilters(Tenant).Any(p => p.ConversationId == c.Id)).Select(c => c.Id);
        await db.Messages.IgnoreQueryFilters(Tenant).Where(m => emptied.Contains(m.ConversationId)).ExecuteDeleteAsync(ct);
        await db.Conversations.IgnoreQueryFilters(Tenant).Where(c => conversationIds.Contains(c.Id)
            && !db.Participants.IgnoreQueryFilters(Tenant).Any(p => p.ConversationId == c.Id)).ExecuteDeleteAsync(ct);
        await db.Notifications.IgnoreQueryFilters(Tenant).Where(n => n.UserId == userId).ExecuteDeleteAsync(ct);
        await db.Notifications.IgnoreQueryFilters(Tenant).Where(n => n.ActorId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ActorId, (Guid?)null), ct);
        await db.Subscriptions.IgnoreQueryFilters(Tenant).Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);
        await db.Preferences.Where(p => p.UserId == userId).ExecuteDeleteAsync(ct);
        await db.SpaceMembers.IgnoreQueryFilters(Tenant).Where(m => m.UserId == userId).ExecuteDeleteAsync(ct);
        await db.ReputationEvents.IgnoreQueryFilters(Tenant).Where(e => e.UserId == userId).ExecuteDeleteAsync(ct);
        await db.MemberStats.IgnoreQueryFilters(Tenant).Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
