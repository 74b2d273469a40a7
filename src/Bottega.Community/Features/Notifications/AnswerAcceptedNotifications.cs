using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Events;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Data;
using Bottega.Platform.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Notifications;

/// <summary>The author of the accepted answer hears of it (not the asker, who accepted it).</summary>
internal sealed class AnswerAcceptedNotifications(CommunityDbContext db, NotificationAudience audience, Notifier notifier, INetworkDirectory networks) : IOutboxHandler
{
    private static readonly string[] Tenant = [BottegaModel.TenantFilter];

    public string Type => AnswerAccepted.OutboxType;

    public async Task HandleAsync(string payload, CancellationToken cancellationToken)
    {
        var e = CommunityOutbox.Read<AnswerAccepted>(payload);
        var network = await networks.FindAsync(e.NetworkId, cancellationToken);
        var spaceId = await db.Topics.IgnoreQueryFilters(Tenant).Where(t => t.Id == e.TopicId && t.NetworkId == e.NetworkId)
            .Select(t => (Guid?)t.SpaceId).FirstOrDefaultAsync(cancellationToken);
        if (network is null || spaceId is null)
        {
            return;
        }

        var recipients = new Dictionary<Guid, NotificationKind> { [e.AnswerAuthorId] = NotificationKind.AnswerAccepted };
        var readers = await audience.ReadersAsync(e.NetworkId, spaceId.Value, recipients.Keys, cancellationToken);
        var url = $"/reti/{network.Slug}/comunita/discussioni/{e.TopicId}#post-{e.PostId}";
        await notifier.NotifyAsync(new NotificationSubject(e.NetworkId, e.AskerId, e.TopicId, e.PostId, e.TopicTitle, url, e.AcceptedAt, OncePerPost: true),
            recipients, readers, cancellationToken);
    }
}
