using Bottega.Community.Domain;
using Bottega.Platform.Data;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Data;

internal sealed class CommunityDbContext(DbContextOptions<CommunityDbContext> options, ITenantContext tenant) : BottegaDbContext(options, tenant)
{
    public DbSet<Space> Spaces => Set<Space>();

    public DbSet<SpaceMember> SpaceMembers => Set<SpaceMember>();

    public DbSet<Topic> Topics => Set<Topic>();

    public DbSet<Post> Posts => Set<Post>();

    public DbSet<PostRevision> Revisions => Set<PostRevision>();

    public DbSet<Vote> Votes => Set<Vote>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<Tag> Tags => Set<Tag>();

    public DbSet<TopicTag> TopicTags => Set<TopicTag>();

    public DbSet<Subscription> Subscriptions => Set<Subscription>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<NotificationPreference> Preferences => Set<NotificationPreference>();

    public DbSet<Flag> Flags => Set<Flag>();

    public DbSet<Ban> Bans => Set<Ban>();

    public DbSet<ReputationEvent> ReputationEvents => Set<ReputationEvent>();

    public DbSet<MemberStats> MemberStats => Set<MemberStats>();

    public DbSet<Conversation> Conversations => Set<Conversation>();

    public DbSet<ConversationParticipant> Participants => Set<ConversationParticipant>();

    public DbSet<PrivateMessage> Messages => Set<PrivateMessage>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) => CommunityModel.Apply(modelBuilder);
}
