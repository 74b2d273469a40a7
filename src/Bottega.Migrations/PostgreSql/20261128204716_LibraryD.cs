using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bottega.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class LibraryD : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "lib_prize_calls",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    EligibilityText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    EligibleKinds = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SubmissionsOpenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmissionsCloseAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ScoringOpensAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ScoringClosesAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    WinnersPerCategory = table.Column<int>(type: "integer", nullable: false),
                    AwardName = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    AwardDescription = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RankingPublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lib_prize_calls", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lib_prize_categories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lib_prize_categories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lib_prize_conflicts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    JurorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DeclaredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lib_prize_conflicts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lib_prize_criteria",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Weight = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    MaxScore = table.Column<int>(type: "integer", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lib_prize_criteria", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lib_prize_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    CategoryId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubmittedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Problem = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Solution = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Results = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    Costs = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    Contacts = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Theme = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ExclusionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    WithdrawnAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Rank = table.Column<int>(type: "integer", nullable: true),
                    Score = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: true),
                    IsWinner = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lib_prize_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lib_prize_jurors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    AddedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lib_prize_jurors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lib_prize_score_sheets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    CallId = table.Column<Guid>(type: "uuid", nullable: false),
                    EntryId = table.Column<Guid>(type: "uuid", nullable: false),
                    JurorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Comment = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lib_prize_score_sheets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lib_prize_scores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    NetworkId = table.Column<Guid>(type: "uuid", nullable: false),
                    SheetId = table.Column<Guid>(type: "uuid", nullable: false),
                    CriterionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Value = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lib_prize_scores", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_lib_prize_calls_NetworkId_Status_SubmissionsOpenAt",
                table: "lib_prize_calls",
                columns: new[] { "NetworkId", "Status", "SubmissionsOpenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_lib_prize_categories_CallId_Position",
                table: "lib_prize_categories",
                columns: new[] { "CallId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_lib_prize_conflicts_CallId_JurorId",
                table: "lib_prize_conflicts",
                columns: new[] { "CallId", "JurorId" });

            migrationBuilder.CreateIndex(
                name: "IX_lib_prize_conflicts_EntryId_JurorId",
                table: "lib_prize_conflicts",
                columns: new[] { "EntryId", "JurorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lib_prize_criteria_CallId_Position",
                table: "lib_prize_criteria",
                columns: new[] { "CallId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_lib_prize_entries_CallId_Number",
                table: "lib_prize_entries",
                columns: new[] { "CallId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lib_prize_entries_CategoryId_OrganizationId",
                table: "lib_prize_entries",
                columns: new[] { "CategoryId", "OrganizationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lib_prize_entries_NetworkId_OrganizationId",
                table: "lib_prize_entries",
                columns: new[] { "NetworkId", "OrganizationId" });

            migrationBuilder.CreateIndex(
                name: "IX_lib_prize_jurors_CallId_PersonId",
                table: "lib_prize_jurors",
                columns: new[] { "CallId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lib_prize_jurors_NetworkId_PersonId",
                table: "lib_prize_jurors",
                columns: new[] { "NetworkId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_lib_prize_score_sheets_CallId_JurorId",
                table: "lib_prize_score_sheets",
                columns: new[] { "CallId", "JurorId" });

            migrationBuilder.CreateIndex(
                name: "IX_lib_prize_score_sheets_EntryId_JurorId",
                table: "lib_prize_score_sheets",
                columns: new[] { "EntryId", "JurorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lib_prize_scores_SheetId_CriterionId",
                table: "lib_prize_scores",
                columns: new[] { "SheetId", "CriterionId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "lib_prize_calls");

            migrationBuilder.DropTable(
                name: "lib_prize_categories");

            migrationBuilder.DropTable(
                name: "lib_prize_conflicts");

            migrationBuilder.DropTable(
                name: "lib_prize_criteria");

            migrationBuilder.DropTable(
                name: "lib_prize_entries");

            migrationBuilder.DropTable(
                name: "lib_prize_jurors");

            migrationBuilder.DropTable(
                name: "lib_prize_score_sheets");

            migrationBuilder.DropTable(
                name: "lib_prize_scores");
        }
    }
}
