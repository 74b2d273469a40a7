using Bottega.Community.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Data;

internal static class CommunityModel
{
    public static void Apply(ModelBuilder b)
    {
        ArgumentNullException.ThrowIfNull(b);
        ApplySpaces(b);
        ApplyTopics(b);
        ApplyFollowing(b);
        ApplyModeration(b);
        ApplyMembers(b);
    }

    private static void ApplySpaces(ModelBuilder b)
    {
        b.Entity<Space>(e =>
        {
            e.ToTable("cmt_spaces");
            e.HasIndex(x => new { x.NetworkId, x.Slug }).IsUnique();
            e.HasIndex(x => new { x.NetworkId, x.Kind, x.SourceId });
            e.HasIndex(x => new { x.NetworkId, x.IsArchived, x.Position });
            e.Property(x => x.Slug).HasMaxLength(80);
            e.Property(x => x.Name).HasMaxLength(120);
            e.Property(x => x.Description).HasMaxLength(1000);
        });
        b.Entity<SpaceMember>(e =>
        {
            e.ToTable("cmt_space_members");
            e.HasIndex(x => new { x.SpaceId, x.UserId }).IsUnique();
            e.HasIndex(x => new { x.NetworkId, x.UserId });
        });
    }

    private static void ApplyTopics(ModelBuilder b)
    {
        b.Entity<Topic>(e =>
        {
            e.ToTable("cmt_topics");
            // The space page: pinned first, then by last activity, or unanswered questions first.
            e.HasIndex(x => new { x.SpaceId, x.Visibility, x.IsPinned, x.LastPostAt });
            e.HasIndex(x => new { x.SpaceId, x.Visibility, x.Kind, x.ReplyCount, x.LastPostAt });
            e.HasIndex(x => new { x.NetworkId, x.Visibility, x.LastPostAt });
            e.HasIndex(x => new { x.NetworkId, x.AuthorId, x.CreatedAt });
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.LastPostNumber).IsConcurrencyToken();
        });
        b.Entity<Post>(e =>
        {
            e.ToTable("cmt_posts");
            e.HasIndex(x => new { x.TopicId, x.Number }).IsUnique();
            e.HasIndex(x => new { x.NetworkId, x.AuthorId, x.CreatedAt });
            e.HasIndex(x => new { x.NetworkId, x.Visibility, x.CreatedAt });
            e.HasIndex(x => new { x.AuthorId, x.ClientKey }).IsUnique().HasFilter("\"ClientKey\" IS NOT NULL");
            e.Property(x => x.Markdown).HasMaxLength(40000);
            e.Property(x => x.Html).HasMaxLength(120000);
        });
        b.Entity<PostRevision>(e =>
        {
            e.ToTable("cmt_post_revisions");
            e.HasIndex(x => new { x.PostId, x.Number }).IsUnique();
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Markdown).HasMaxLength(40000);
            e.Property(x => x.Reason).HasMaxLength(300);
        });
        b.Entity<Vote>(e =>
        {
            e.ToTable("cmt_votes");
            e.HasIndex(x => new { x.PostId, x.UserId }).IsUnique();
            e.HasIndex(x => new { x.NetworkId, x.UserId });
        });
        b.Entity<Attachment>(e =>
        {
            e.ToTable("cmt_attachments");
            e.HasIndex(x => x.PostId);
            e.HasIndex(x => new { x.UploaderId, x.CreatedAt });
            e.Property(x => x.FileKey).HasMaxLength(200);
            e.Property(x => x.FileName).HasMaxLength(255);
            e.Property(x => x.ContentType).HasMaxLength(100);
        });
        b.Entity<Tag>(e =>
        {
            e.ToTable("cmt_tags");
            e.HasIndex(x => new { x.NetworkId, x.Slug }).IsUnique();
            e.HasIndex(x => new { x.NetworkId, x.TopicCount });
            e.Property(x => x.Slug).HasMaxLength(40);
            e.Property(x => x.Name).HasMaxLength(40);
        });
        b.Entity<TopicTag>(e =>
        {
            e.ToTable("cmt_topic_tags");
            e.HasKey(x => new { x.TopicId, x.TagId });
            e.HasIndex(x => new { x.TagId, x.TopicId });
        });
    }

    private static void ApplyFollowing(ModelBuilder b)
    {
        b.Entity<Subscription>(e =>
        {
            e.ToTable("cmt_subscriptions");
            e.HasIndex(x => new { x.UserId, x.Target, x.TargetId }).IsUnique();
            e.HasIndex(x => new { x.Target, x.TargetId });
        });
        b.Entity<Notification>(e =>
        {
            e.ToTable("cmt_notifications");
            e.HasIndex(x => new { x.UserId, x.ReadAt, x.CreatedAt });
            e.HasIndex(x => new { x.UserId, x.CreatedAt });
            e.HasIndex(x => new { x.EmailedAt, x.UserId });
            e.Property(x => x.Text).HasMaxLength(300);
            e.Property(x => x.Url).HasMaxLength(500);
        });
        b.Entity<NotificationPreference>(e =>
        {
            e.ToTable("cmt_notification_preferences");
            e.HasKey(x => x.UserId);
            e.HasIndex(x => new { x.Frequency, x.LastDigestAt });
        });
    }

    private static void ApplyModeration(ModelBuilder b)
    {
        b.Entity<Flag>(e =>
        {
            e.ToTable("cmt_flags");
            e.HasIndex(x => new { x.PostId, x.ReporterId }).IsUnique().HasFilter("\"ResolvedAt\" IS NULL");
            e.HasIndex(x => new { x.NetworkId, x.ResolvedAt, x.CreatedAt });
            e.Property(x => x.Comment).HasMaxLength(1000);
        });
        b.Entity<Ban>(e =>
        {
            e.ToTable("cmt_bans");
            e.HasIndex(x => new { x.NetworkId, x.UserId, x.Until });
            e.Property(x => x.Reason).HasMaxLength(1000);
        });
    }

    private static void ApplyMembers(ModelBuilder b)
    {
        b.Entity<ReputationEvent>(e =>
        {
            e.ToTable("cmt_reputation_events");
            e.HasIndex(x => new { x.Reason, x.PostId, x.SourceUserId }).IsUnique();
            e.HasIndex(x => new { x.NetworkId, x.UserId, x.CreatedAt });
        });
        b.Entity<MemberStats>(e =>
        {
            e.ToTable("cmt_member_stats");
            e.HasKey(x => new { x.NetworkId, x.UserId });
            e.HasIndex(x => new { x.NetworkId, x.Reputation });
        });
        b.Entity<Conversation>(e =>
        {
            e.ToTable("cmt_conversations");
            e.HasIndex(x => new { x.NetworkId, x.LastMessageAt });
            e.Property(x => x.Subject).HasMaxLength(200);
        });
        b.Entity<ConversationParticipant>(e =>
        {
            e.ToTable("cmt_conversation_participants");
            e.HasKey(x => new { x.ConversationId, x.UserId });
            e.HasIndex(x => new { x.UserId, x.NetworkId });
        });
        b.Entity<PrivateMessage>(e =>
        {
            e.ToTable("cmt_private_messages");
            e.HasIndex(x => new { x.ConversationId, x.CreatedAt });
            e.HasIndex(x => new { x.SenderId, x.ClientKey }).IsUnique().HasFilter("\"ClientKey\" IS NOT NULL");
            e.Property(x => x.Markdown).HasMaxLength(20000);
            e.Property(x => x.Html).HasMaxLength(60000);
        });
    }
}
