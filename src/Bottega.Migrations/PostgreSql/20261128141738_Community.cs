using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bottega.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Community : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cmt_attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    PostId = table.Column<Guid>(type: "uuid", nullable: true),
                    UploaderId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    IsImage = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmt_attachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cmt_bans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Until = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ModeratorId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LiftedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmt_bans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cmt_conversation_participants",
                columns: table => new
                {
                    ConversationId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    LastReadAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmt_conversation_participants", x => new { x.ConversationId, x.UserId });
                });

            migrationBuilder.CreateTable(
                name: "cmt_conversations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastMessageAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmt_conversations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cmt_flags",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    PostId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReporterId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<int>(type: "integer", nullable: false),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ResolvedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ResolvedById = table.Column<Guid>(type: "uuid", nullable: true),
                    Resolution = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmt_flags", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cmt_member_stats",
                columns: table => new
                {
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reputation = table.Column<int>(type: "integer", nullable: false),
                    Questions = table.Column<int>(type: "integer", nullable: false),
                    Answers = table.Column<int>(type: "integer", nullable: false),
                    AcceptedAnswers = table.Column<int>(type: "integer", nullable: false),
                    TrustedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    OnboardedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastPostAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmt_member_stats", x => new { x.NetworkId, x.UserId });
                });

            migrationBuilder.CreateTable(
                name: "cmt_notification_preferences",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Frequency = table.Column<int>(type: "integer", nullable: false),
                    LastDigestAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmt_notification_preferences", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "cmt_notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: true),
                    TopicId = table.Column<Guid>(type: "uuid", nullable: true),
                    PostId = table.Column<Guid>(type: "uuid", nullable: true),
                    Text = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    EmailedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmt_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cmt_post_revisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    PostId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Markdown = table.Column<string>(type: "character varying(40000)", maxLength: 40000, nullable: false),
                    EditorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmt_post_revisions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cmt_posts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    TopicId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Markdown = table.Column<string>(type: "character varying(40000)", maxLength: 40000, nullable: false),
                    Html = table.Column<string>(type: "character varying(120000)", maxLength: 120000, nullable: false),
                    ReplyToId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EditedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RevisionCount = table.Column<int>(type: "integer", nullable: false),
                    Visibility = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    ClientKey = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmt_posts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cmt_private_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConversationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SenderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Markdown = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Html = table.Column<string>(type: "character varying(60000)", maxLength: 60000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClientKey = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmt_private_messages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cmt_reputation_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<int>(type: "integer", nullable: false),
                    PostId = table.Column<Guid>(type: "uuid", nullable: false),
                    SourceUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Points = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmt_reputation_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cmt_space_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    SpaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<int>(type: "integer", nullable: false),
                    AddedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmt_space_members", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cmt_spaces",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    SourceId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReadAccess = table.Column<int>(type: "integer", nullable: false),
                    PostAccess = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    IsArchived = table.Column<bool>(type: "boolean", nullable: false),
                    TopicCount = table.Column<int>(type: "integer", nullable: false),
                    PostCount = table.Column<int>(type: "integer", nullable: false),
                    LastActivityAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmt_spaces", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cmt_subscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Target = table.Column<int>(type: "integer", nullable: false),
                    TargetId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmt_subscriptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cmt_tags",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    TopicCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmt_tags", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cmt_topic_tags",
                columns: table => new
                {
                    TopicId = table.Column<Guid>(type: "uuid", nullable: false),
                    TagId = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmt_topic_tags", x => new { x.TopicId, x.TagId });
                });

            migrationBuilder.CreateTable(
                name: "cmt_topics",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    SpaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Visibility = table.Column<int>(type: "integer", nullable: false),
                    IsLocked = table.Column<bool>(type: "boolean", nullable: false),
                    IsPinned = table.Column<bool>(type: "boolean", nullable: false),
                    MergedIntoId = table.Column<Guid>(type: "uuid", nullable: true),
                    AcceptedPostId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReplyCount = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    ViewCount = table.Column<int>(type: "integer", nullable: false),
                    LastPostAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastPostAuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    LastPostNumber = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmt_topics", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cmt_votes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    PostId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Value = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cmt_votes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cmt_attachments_PostId",
                table: "cmt_attachments",
                column: "PostId");

            migrationBuilder.CreateIndex(
                name: "IX_cmt_attachments_UploaderId_CreatedAt",
                table: "cmt_attachments",
                columns: new[] { "UploaderId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cmt_bans_NetworkId_UserId_Until",
                table: "cmt_bans",
                columns: new[] { "NetworkId", "UserId", "Until" });

            migrationBuilder.CreateIndex(
                name: "IX_cmt_conversation_participants_UserId_NetworkId",
                table: "cmt_conversation_participants",
                columns: new[] { "UserId", "NetworkId" });

            migrationBuilder.CreateIndex(
                name: "IX_cmt_conversations_NetworkId_LastMessageAt",
                table: "cmt_conversations",
                columns: new[] { "NetworkId", "LastMessageAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cmt_flags_NetworkId_ResolvedAt_CreatedAt",
                table: "cmt_flags",
                columns: new[] { "NetworkId", "ResolvedAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cmt_flags_PostId_ReporterId",
                table: "cmt_flags",
                columns: new[] { "PostId", "ReporterId" },
                unique: true,
                filter: "\"ResolvedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_cmt_member_stats_NetworkId_Reputation",
                table: "cmt_member_stats",
                columns: new[] { "NetworkId", "Reputation" });

            migrationBuilder.CreateIndex(
                name: "IX_cmt_notification_preferences_Frequency_LastDigestAt",
                table: "cmt_notification_preferences",
                columns: new[] { "Frequency", "LastDigestAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cmt_notifications_EmailedAt_UserId",
                table: "cmt_notifications",
                columns: new[] { "EmailedAt", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_cmt_notifications_UserId_CreatedAt",
                table: "cmt_notifications",
                columns: new[] { "UserId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cmt_notifications_UserId_ReadAt_CreatedAt",
                table: "cmt_notifications",
                columns: new[] { "UserId", "ReadAt", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cmt_post_revisions_PostId_Number",
                table: "cmt_post_revisions",
                columns: new[] { "PostId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cmt_posts_AuthorId_ClientKey",
                table: "cmt_posts",
                columns: new[] { "AuthorId", "ClientKey" },
                unique: true,
                filter: "\"ClientKey\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_cmt_posts_NetworkId_AuthorId_CreatedAt",
                table: "cmt_posts",
                columns: new[] { "NetworkId", "AuthorId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cmt_posts_NetworkId_Visibility_CreatedAt",
                table: "cmt_posts",
                columns: new[] { "NetworkId", "Visibility", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cmt_posts_TopicId_Number",
                table: "cmt_posts",
                columns: new[] { "TopicId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cmt_private_messages_ConversationId_CreatedAt",
                table: "cmt_private_messages",
                columns: new[] { "ConversationId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cmt_private_messages_SenderId_ClientKey",
                table: "cmt_private_messages",
                columns: new[] { "SenderId", "ClientKey" },
                unique: true,
                filter: "\"ClientKey\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_cmt_reputation_events_NetworkId_UserId_CreatedAt",
                table: "cmt_reputation_events",
                columns: new[] { "NetworkId", "UserId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cmt_reputation_events_Reason_PostId_SourceUserId",
                table: "cmt_reputation_events",
                columns: new[] { "Reason", "PostId", "SourceUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cmt_space_members_NetworkId_UserId",
                table: "cmt_space_members",
                columns: new[] { "NetworkId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_cmt_space_members_SpaceId_UserId",
                table: "cmt_space_members",
                columns: new[] { "SpaceId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cmt_spaces_NetworkId_IsArchived_Position",
                table: "cmt_spaces",
                columns: new[] { "NetworkId", "IsArchived", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_cmt_spaces_NetworkId_Kind_SourceId",
                table: "cmt_spaces",
                columns: new[] { "NetworkId", "Kind", "SourceId" });

            migrationBuilder.CreateIndex(
                name: "IX_cmt_spaces_NetworkId_Slug",
                table: "cmt_spaces",
                columns: new[] { "NetworkId", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cmt_subscriptions_Target_TargetId",
                table: "cmt_subscriptions",
                columns: new[] { "Target", "TargetId" });

            migrationBuilder.CreateIndex(
                name: "IX_cmt_subscriptions_UserId_Target_TargetId",
                table: "cmt_subscriptions",
                columns: new[] { "UserId", "Target", "TargetId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cmt_tags_NetworkId_Slug",
                table: "cmt_tags",
                columns: new[] { "NetworkId", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cmt_tags_NetworkId_TopicCount",
                table: "cmt_tags",
                columns: new[] { "NetworkId", "TopicCount" });

            migrationBuilder.CreateIndex(
                name: "IX_cmt_topic_tags_TagId_TopicId",
                table: "cmt_topic_tags",
                columns: new[] { "TagId", "TopicId" });

            migrationBuilder.CreateIndex(
                name: "IX_cmt_topics_NetworkId_AuthorId_CreatedAt",
                table: "cmt_topics",
                columns: new[] { "NetworkId", "AuthorId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cmt_topics_NetworkId_Visibility_LastPostAt",
                table: "cmt_topics",
                columns: new[] { "NetworkId", "Visibility", "LastPostAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cmt_topics_SpaceId_Visibility_IsPinned_LastPostAt",
                table: "cmt_topics",
                columns: new[] { "SpaceId", "Visibility", "IsPinned", "LastPostAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cmt_topics_SpaceId_Visibility_Kind_ReplyCount_LastPostAt",
                table: "cmt_topics",
                columns: new[] { "SpaceId", "Visibility", "Kind", "ReplyCount", "LastPostAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cmt_votes_NetworkId_UserId",
                table: "cmt_votes",
                columns: new[] { "NetworkId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_cmt_votes_PostId_UserId",
                table: "cmt_votes",
                columns: new[] { "PostId", "UserId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cmt_attachments");

            migrationBuilder.DropTable(
                name: "cmt_bans");

            migrationBuilder.DropTable(
                name: "cmt_conversation_participants");

            migrationBuilder.DropTable(
                name: "cmt_conversations");

            migrationBuilder.DropTable(
                name: "cmt_flags");

            migrationBuilder.DropTable(
                name: "cmt_member_stats");

            migrationBuilder.DropTable(
                name: "cmt_notification_preferences");

            migrationBuilder.DropTable(
                name: "cmt_notifications");

            migrationBuilder.DropTable(
                name: "cmt_post_revisions");

            migrationBuilder.DropTable(
                name: "cmt_posts");

            migrationBuilder.DropTable(
                name: "cmt_private_messages");

            migrationBuilder.DropTable(
                name: "cmt_reputation_events");

            migrationBuilder.DropTable(
                name: "cmt_space_members");

            migrationBuilder.DropTable(
                name: "cmt_spaces");

            migrationBuilder.DropTable(
                name: "cmt_subscriptions");

            migrationBuilder.DropTable(
                name: "cmt_tags");

            migrationBuilder.DropTable(
                name: "cmt_topic_tags");

            migrationBuilder.DropTable(
                name: "cmt_topics");

            migrationBuilder.DropTable(
                name: "cmt_votes");
        }
    }
}
