using Bottega.Community.Domain;
using Bottega.Community.Features.Events;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Outbox;

namespace Bottega.Community.Features.Notifications;

/// <summary>The recipients of a private message hear of it, if still members of the network.</summary>
internal sealed class MessageSentNotifications(NotificationAudience audience, Notifier notifier, INetworkDirectory networks) : IOutboxHandler
{
    public string Type => MessageSent.OutboxType;

    public async Task HandleAsync(string payload, CancellationToken cancellationToken)
    {
        var e = CommunityOutbox.Read<MessageSent>(payload);
        var network = await networks.FindAsync(e.NetworkId, cancellationToken);
        if (network is null)
        {
            return;
        }

        var recipients = e.RecipientIds.Distinct().ToDictionary(id => id, _ => NotificationKind.PrivateMessage);
        var members = await audience.MembersAsync(e.NetworkId, recipients.Keys, cancellationToken);
        var url = $"/reti/{network.Slug}/messaggi/{e.ConversationId}";
        await notifier.NotifyAsync(new NotificationSubject(e.NetworkId, e.SenderId, null, e.MessageId, e.Subject, url, e.SentAt, OncePerPost: true),
            recipients, members, cancellationToken);
    }
}
