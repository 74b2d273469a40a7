using Bottega.Community.Domain;
using Bottega.Community.Features.Events;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Outbox;

namespace Bottega.Community.Features.Notifications;

/// <summary>The person whose content a moderator acted on hears of it; each action once (a post may be hidden, then approved).</summary>
internal sealed class ModerationAppliedNotifications(NotificationAudience audience, Notifier notifier, INetworkDirectory networks) : IOutboxHandler
{
    public string Type => ModerationApplied.OutboxType;

    public async Task HandleAsync(string payload, CancellationToken cancellationToken)
    {
        var e = CommunityOutbox.Read<ModerationApplied>(payload);
        var network = await networks.FindAsync(e.NetworkId, cancellationToken);
        if (network is null)
        {
            return;
        }

        var recipients = new Dictionary<Guid, NotificationKind> { [e.UserId] = NotificationKind.Moderation };
        var members = await audience.MembersAsync(e.NetworkId, recipients.Keys, cancellationToken);
        var root = $"/reti/{network.Slug}/comunita";
        var url = e.TopicId is { } topicId ? $"{root}/discussioni/{topicId}" + (e.PostId is { } postId ? $"#post-{postId}" : "") : root;
        var text = string.IsNullOrWhiteSpace(e.Text) ? e.Action : e.Text;
        await notifier.NotifyAsync(new NotificationSubject(e.NetworkId, null, e.TopicId, e.PostId, text, url, e.At, OncePerPost: false),
            recipients, members, cancellationToken);
    }
}
