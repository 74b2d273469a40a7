using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bottega.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Events : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "evt_attendance_imports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ImportedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Rows = table.Column<int>(type: "INTEGER", nullable: false),
                    Matched = table.Column<int>(type: "INTEGER", nullable: false),
                    Unknown = table.Column<int>(type: "INTEGER", nullable: false),
                    Malformed = table.Column<int>(type: "INTEGER", nullable: false),
                    Problems = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evt_attendance_imports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "evt_attendances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    JoinedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LeftAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MinutesPresent = table.Column<int>(type: "INTEGER", nullable: false),
                    WebcamMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    TalkSeconds = table.Column<int>(type: "INTEGER", nullable: true),
                    ChatMessages = table.Column<int>(type: "INTEGER", nullable: true),
                    PollAnswers = table.Column<int>(type: "INTEGER", nullable: true),
                    Attended = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evt_attendances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "evt_audiences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evt_audiences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "evt_calendar_feeds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evt_calendar_feeds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "evt_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RegistrationMode = table.Column<int>(type: "INTEGER", nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: true),
                    ConfirmedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    RegistrationClosesAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AttendanceThresholdPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    EngagementDetailPurpose = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CancelledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EndsAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evt_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "evt_feedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rating = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evt_feedback", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "evt_registrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RegisteredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RegisteredBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConfirmedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PromotedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CancelledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    JoinToken = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evt_registrations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "evt_reminders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evt_reminders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "evt_session_joins",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JoinedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AsModerator = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evt_session_joins", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "evt_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Provider = table.Column<int>(type: "INTEGER", nullable: false),
                    MeetingUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ProviderMeetingId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Speakers = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    EndedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RecordingUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AttendanceImportedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evt_sessions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_evt_attendance_imports_SessionId_ImportedAt",
                table: "evt_attendance_imports",
                columns: new[] { "SessionId", "ImportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_evt_attendances_EventId_UserId",
                table: "evt_attendances",
                columns: new[] { "EventId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_evt_attendances_NetworkId_UserId",
                table: "evt_attendances",
                columns: new[] { "NetworkId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_evt_attendances_SessionId_UserId",
                table: "evt_attendances",
                columns: new[] { "SessionId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_evt_audiences_EventId_Kind_Value",
                table: "evt_audiences",
                columns: new[] { "EventId", "Kind", "Value" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_evt_calendar_feeds_Token",
                table: "evt_calendar_feeds",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_evt_calendar_feeds_UserId",
                table: "evt_calendar_feeds",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_evt_events_NetworkId_CourseId",
                table: "evt_events",
                columns: new[] { "NetworkId", "CourseId" });

            migrationBuilder.CreateIndex(
                name: "IX_evt_events_NetworkId_Status_StartsAt",
                table: "evt_events",
                columns: new[] { "NetworkId", "Status", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_evt_feedback_EventId_UserId",
                table: "evt_feedback",
                columns: new[] { "EventId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_evt_registrations_EventId_Status_RegisteredAt",
                table: "evt_registrations",
                columns: new[] { "EventId", "Status", "RegisteredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_evt_registrations_EventId_UserId",
                table: "evt_registrations",
                columns: new[] { "EventId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_evt_registrations_JoinToken",
                table: "evt_registrations",
                column: "JoinToken",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_evt_registrations_NetworkId_UserId_Status",
                table: "evt_registrations",
                columns: new[] { "NetworkId", "UserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_evt_reminders_RegistrationId_SessionId_Kind",
                table: "evt_reminders",
                columns: new[] { "RegistrationId", "SessionId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_evt_session_joins_SessionId_UserId_JoinedAt",
                table: "evt_session_joins",
                columns: new[] { "SessionId", "UserId", "JoinedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_evt_sessions_EventId_Number",
                table: "evt_sessions",
                columns: new[] { "EventId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_evt_sessions_ProviderMeetingId",
                table: "evt_sessions",
                column: "ProviderMeetingId",
                unique: true,
                filter: "\"ProviderMeetingId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_evt_sessions_StartsAt",
                table: "evt_sessions",
                column: "StartsAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "evt_attendance_imports");

            migrationBuilder.DropTable(
                name: "evt_attendances");

            migrationBuilder.DropTable(
                name: "evt_audiences");

            migrationBuilder.DropTable(
                name: "evt_calendar_feeds");

            migrationBuilder.DropTable(
                name: "evt_events");

            migrationBuilder.DropTable(
                name: "evt_feedback");

            migrationBuilder.DropTable(
                name: "evt_registrations");

            migrationBuilder.DropTable(
                name: "evt_reminders");

            migrationBuilder.DropTable(
                name: "evt_session_joins");

            migrationBuilder.DropTable(
                name: "evt_sessions");
        }
    }
}
