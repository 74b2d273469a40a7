using Bottega.Community.Domain;
using Bottega.Community.Features.Events;
using Bottega.Demo;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Community.Tests.Following;

public sealed class FanOutTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Rup;

    [Fact]
    public async Task A_new_topic_notifies_the_followers_of_its_space_and_tags_but_not_its_author()
    {
        var network = await app.Factory.NetworkAsync(Network);
        var people = await app.Factory.PlainMembersAsync(network.Id, 4);
        var (author, spaceFollower, tagFollower, bystander) = (people[0].Id, people[1].Id, people[2].Id, people[3].Id);
        var space = await app.Factory.SpaceAsync(network.Id);
        var tag = await app.Factory.TagAsync(network.Id);
        await app.Factory.FollowAsync(network.Id, spaceFollower, SubscriptionTarget.Space, space.Id);
        await app.Factory.FollowAsync(network.Id, tagFollower, SubscriptionTarget.Tag, tag.Id);
        await app.Factory.FollowAsync(network.Id, author, SubscriptionTarget.Space, space.Id);
        var topic = await app.Factory.TopicAsync(space, author, "Subappalto <b>qualificato</b>");
        var post = FollowingArrange.Post(space, topic, 1, author, tags: [tag.Id]);

        await app.Factory.PublishAsync(PostPublished.OutboxType, post);

        var notified = await app.Factory.NotificationsOfPostAsync(post.PostId);
        Assert.Equal(new[] { spaceFollower, tagFollower }.Order(), notified.Select(n => n.UserId).Order());
        Assert.All(notified, n => Assert.Equal(NotificationKind.NewTopic, n.Kind));
        var one = notified[0];
        Assert.Equal("Subappalto <b>qualificato</b>", one.Text);
        Assert.Equal($"/reti/{Network}/comunita/discussioni/{topic.Id}#post-{post.PostId}", one.Url);
        Assert.Equal(author, one.ActorId);
        Assert.Empty(await app.Factory.NotificationsAsync(bystander));
    }

    [Fact]
    public async Task A_reply_notifies_the_topics_followers_and_its_asker()
    {
        var network = await app.Factory.NetworkAsync(Network);
        var people = await app.Factory.PlainMembersAsync(network.Id, 3, skip: 4);
        var (asker, follower, replier) = (people[0].Id, people[1].Id, people[2].Id);
        var space = await app.Factory.SpaceAsync(network.Id);
        var topic = await app.Factory.TopicAsync(space, asker);
        await app.Factory.PublishAsync(PostPublished.OutboxType, FollowingArrange.Post(space, topic, 1, asker));
        await app.Factory.FollowAsync(network.Id, follower, SubscriptionTarget.Topic, topic.Id);

        var reply = FollowingArrange.Post(space, topic, 2, replier);
        await app.Factory.PublishAsync(PostPublished.OutboxType, reply);

        var notified = await app.Factory.NotificationsOfPostAsync(reply.PostId);
        Assert.Equal(new[] { asker, follower }.Order(), notified.Select(n => n.UserId).Order());
        Assert.All(notified, n => Assert.Equal(NotificationKind.Reply, n.Kind));
    }

    [Fact]
    public async Task A_mention_notifies_the_person_mentioned_as_a_mention_even_if_they_follow_the_topic()
    {
        var network = await app.Factory.NetworkAsync(Network);
        var people = await app.Factory.PlainMembersAsync(network.Id, 3, skip: 7);
        var (asker, mentionedFollower, mentioned) = (people[0].Id, people[1].Id, people[2].Id);
        var space = await app.Factory.SpaceAsync(network.Id);
        var topic = await app.Factory.TopicAsync(space, asker);
        await app.Factory.FollowAsync(network.Id, mentionedFollower, SubscriptionTarget.Topic, topic.Id);

        var reply = FollowingArrange.Post(space, topic, 2, asker, mentions: [mentionedFollower, mentioned, asker]);
        await app.Factory.PublishAsync(PostPublished.OutboxType, reply);

        var notified = await app.Factory.NotificationsOfPostAsync(reply.PostId);
        Assert.Equal(new[] { mentionedFollower, mentioned }.Order(), notified.Select(n => n.UserId).Order());
        Assert.All(notified, n => Assert.Equal(NotificationKind.Mention, n.Kind));
    }

    [Fact]
    public async Task An_accepted_answer_notifies_its_author()
    {
        var network = await app.Factory.NetworkAsync(Network);
        var people = await app.Factory.PlainMembersAsync(network.Id, 2, skip: 10);
        var (asker, answerer) = (people[0].Id, people[1].Id);
        var space = await app.Factory.SpaceAsync(network.Id);
        var topic = await app.Factory.TopicAsync(space, asker);
        var answerId = Guid.CreateVersion7();

        await app.Factory.PublishAsync(AnswerAccepted.OutboxType,
            new AnswerAccepted(network.Id, topic.Id, answerId, answerer, asker, topic.Title, FollowingArrange.Now));

        var notification = Assert.Single(await app.Factory.NotificationsOfPostAsync(answerId));
        Assert.Equal(answerer, notification.UserId);
        Assert.Equal(NotificationKind.AnswerAccepted, notification.Kind);
    }

    [Fact]
    public async Task An_event_delivered_twice_makes_one_notification()
    {
        var network = await app.Factory.NetworkAsync(Network);
        var people = await app.Factory.PlainMembersAsync(network.Id, 2, skip: 12);
        var space = await app.Factory.SpaceAsync(network.Id);
        await app.Factory.FollowAsync(network.Id, people[1].Id, SubscriptionTarget.Space, space.Id);
        var topic = await app.Factory.TopicAsync(space, people[0].Id);
        var post = FollowingArrange.Post(space, topic, 1, people[0].Id);

        await app.Factory.PublishAsync(PostPublished.OutboxType, post, times: 2);
        await app.Factory.PublishAsync(PostPublished.OutboxType, post);

        Assert.Single(await app.Factory.NotificationsOfPostAsync(post.PostId));
    }

    [Fact]
    public async Task A_follower_removed_from_a_private_space_is_not_notified()
    {
        var network = await app.Factory.NetworkAsync(Network);
        var people = await app.Factory.PlainMembersAsync(network.Id, 3, skip: 14);
        var (author, stillListed, removed) = (people[0].Id, people[1].Id, people[2].Id);
        var space = await app.Factory.SpaceAsync(network.Id, SpaceAccess.SpaceMembers);
        await app.Factory.ListAsync(space, author);
        await app.Factory.ListAsync(space, stillListed);
        await app.Factory.FollowAsync(network.Id, stillListed, SubscriptionTarget.Space, space.Id);
        await app.Factory.FollowAsync(network.Id, removed, SubscriptionTarget.Space, space.Id);
        var topic = await app.Factory.TopicAsync(space, author);
        var post = FollowingArrange.Post(space, topic, 1, author);

        await app.Factory.PublishAsync(PostPublished.OutboxType, post);

        Assert.Equal([stillListed], (await app.Factory.NotificationsOfPostAsync(post.PostId)).Select(n => n.UserId));
    }

    [Fact]
    public async Task People_who_are_not_active_members_of_the_network_are_not_notified()
    {
        var network = await app.Factory.NetworkAsync(Network);
        var other = await app.Factory.NetworkAsync(DemoAccounts.Academy);
        var author = (await app.Factory.PlainMembersAsync(network.Id, 1, skip: 17))[0].Id;
        var outsider = (await app.Factory.PlainMembersAsync(other.Id, 1))[0].Id;
        var isMemberToo = await app.Factory.MembershipAsync(Network, (await app.Factory.QueryAsync(db => db.Users.SingleAsync(u => u.Id == outsider))).Email!);
        Assert.Null(isMemberToo);
        var space = await app.Factory.SpaceAsync(network.Id);
        await app.Factory.FollowAsync(network.Id, outsider, SubscriptionTarget.Space, space.Id);
        var topic = await app.Factory.TopicAsync(space, author);
        var post = FollowingArrange.Post(space, topic, 1, author, mentions: [outsider]);

        await app.Factory.PublishAsync(PostPublished.OutboxType, post);

        Assert.Empty(await app.Factory.NotificationsOfPostAsync(post.PostId));
    }

    [Fact]
    public async Task A_thousand_followers_are_notified_in_one_delivery()
    {
        var network = await app.Factory.NetworkAsync(Network);
        var people = await app.Factory.PlainMembersAsync(network.Id, 2000, skip: 0);
        var author = people[0].Id;
        var space = await app.Factory.SpaceAsync(network.Id);
        var followers = people.Skip(1).Select(p => p.Id).ToList();
        // Demo people are a few hundred: pad with ids that are nobody, which the member check must skip in bulk.
        var padding = Enumerable.Range(0, 1000 - followers.Count).Select(_ => Guid.CreateVersion7()).ToList();
        await app.Factory.SaveAsync(followers.Concat(padding).Select(id => (object)Subscription.Create(network.Id, id, SubscriptionTarget.Space, space.Id, FollowingArrange.Now)).ToArray());
        var topic = await app.Factory.TopicAsync(space, author);
        var post = FollowingArrange.Post(space, topic, 1, author);

        await app.Factory.PublishAsync(PostPublished.OutboxType, post);

        Assert.Equal(followers.Count, (await app.Factory.NotificationsOfPostAsync(post.PostId)).Count);
    }

    [Fact]
    public async Task A_private_message_and_a_moderation_notify_their_people()
    {
        var network = await app.Factory.NetworkAsync(Network);
        var people = await app.Factory.PlainMembersAsync(network.Id, 2, skip: 20);
        var (sender, recipient) = (people[0].Id, people[1].Id);
        var conversationId = Guid.CreateVersion7();
        var messageId = Guid.CreateVersion7();
        var postId = Guid.CreateVersion7();
        var topicId = Guid.CreateVersion7();

        await app.Factory.PublishAsync(MessageSent.OutboxType,
            new MessageSent(network.Id, conversationId, messageId, sender, [recipient, sender], "Ciao", "Una domanda", FollowingArrange.Now));
        await app.Factory.PublishAsync(ModerationApplied.OutboxType,
            new ModerationApplied(network.Id, recipient, "hide", topicId, postId, "Messaggio nascosto", FollowingArrange.Now));
        await app.Factory.PublishAsync(ModerationApplied.OutboxType,
            new ModerationApplied(network.Id, recipient, "approve", topicId, postId, "Messaggio approvato", FollowingArrange.Now.AddSeconds(1)));

        var message = Assert.Single(await app.Factory.NotificationsOfPostAsync(messageId));
        Assert.Equal(recipient, message.UserId);
        Assert.Equal(NotificationKind.PrivateMessage, message.Kind);
        Assert.Equal($"/reti/{Network}/messaggi/{conversationId}", message.Url);
        Assert.Empty(await app.Factory.NotificationsAsync(sender));
        Assert.Equal(2, (await app.Factory.NotificationsOfPostAsync(postId)).Count(n => n.Kind == NotificationKind.Moderation));
    }
}
