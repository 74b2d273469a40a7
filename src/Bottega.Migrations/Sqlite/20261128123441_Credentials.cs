using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bottega.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Credentials : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "crd_achievements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Level = table.Column<int>(type: "INTEGER", nullable: true),
                    AwardKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Criteria = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ImageKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ImageContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Colour = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    ValidityMonths = table.Column<int>(type: "INTEGER", nullable: true),
                    IssueOnCompletion = table.Column<bool>(type: "INTEGER", nullable: false),
                    Archived = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crd_achievements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "crd_award_rules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PathId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PathTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PopulationDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastEvaluatedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crd_award_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "crd_credentials",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PublicId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssuerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AchievementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecipientKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RecipientUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecipientOrganizationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecipientKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecipientName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    IdentityHash = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    IdentitySalt = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SourceReference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevocationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    StatusIndex = table.Column<int>(type: "INTEGER", nullable: false),
                    IsPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    SignedJson = table.Column<string>(type: "TEXT", nullable: false),
                    Jwt = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crd_credentials", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "crd_issuer_keys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssuerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    PublicKey = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    ProtectedPrivateKey = table.Column<byte[]>(type: "BLOB", maxLength: 1000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crd_issuer_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "crd_issuers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ImageKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ImageContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crd_issuers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "plt_outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plt_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "crd_achievement_alignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AchievementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompetenceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Framework = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crd_achievement_alignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_crd_achievement_alignments_crd_achievements_AchievementId",
                        column: x => x.AchievementId,
                        principalTable: "crd_achievements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "crd_award_grants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RuleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ThresholdId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Population = table.Column<int>(type: "INTEGER", nullable: false),
                    Completed = table.Column<int>(type: "INTEGER", nullable: false),
                    EarnedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crd_award_grants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_crd_award_grants_crd_award_rules_RuleId",
                        column: x => x.RuleId,
                        principalTable: "crd_award_rules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "crd_award_standings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RuleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Population = table.Column<int>(type: "INTEGER", nullable: false),
                    Completed = table.Column<int>(type: "INTEGER", nullable: false),
                    Rate = table.Column<double>(type: "REAL", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    EvaluatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crd_award_standings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_crd_award_standings_crd_award_rules_RuleId",
                        column: x => x.RuleId,
                        principalTable: "crd_award_rules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "crd_award_thresholds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RuleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Percent = table.Column<int>(type: "INTEGER", nullable: false),
                    MinimumPopulation = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_crd_award_thresholds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_crd_award_thresholds_crd_award_rules_RuleId",
                        column: x => x.RuleId,
                        principalTable: "crd_award_rules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_crd_achievement_alignments_AchievementId_CompetenceId",
                table: "crd_achievement_alignments",
                columns: new[] { "AchievementId", "CompetenceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_crd_achievements_NetworkId_AwardKey",
                table: "crd_achievements",
                columns: new[] { "NetworkId", "AwardKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_crd_achievements_NetworkId_Kind_SourceId",
                table: "crd_achievements",
                columns: new[] { "NetworkId", "Kind", "SourceId" });

            migrationBuilder.CreateIndex(
                name: "IX_crd_award_grants_NetworkId_OrganizationId",
                table: "crd_award_grants",
                columns: new[] { "NetworkId", "OrganizationId" });

            migrationBuilder.CreateIndex(
                name: "IX_crd_award_grants_RuleId_OrganizationId_ThresholdId",
                table: "crd_award_grants",
                columns: new[] { "RuleId", "OrganizationId", "ThresholdId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_crd_award_rules_NetworkId_State",
                table: "crd_award_rules",
                columns: new[] { "NetworkId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_crd_award_rules_State",
                table: "crd_award_rules",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_crd_award_standings_RuleId_OrganizationId",
                table: "crd_award_standings",
                columns: new[] { "RuleId", "OrganizationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_crd_award_standings_RuleId_Rate",
                table: "crd_award_standings",
                columns: new[] { "RuleId", "Rate" });

            migrationBuilder.CreateIndex(
                name: "IX_crd_award_thresholds_RuleId",
                table: "crd_award_thresholds",
                column: "RuleId");

            migrationBuilder.CreateIndex(
                name: "IX_crd_credentials_AchievementId_RecipientKey",
                table: "crd_credentials",
                columns: new[] { "AchievementId", "RecipientKey" },
                unique: true,
                filter: "\"RevokedAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_crd_credentials_IssuerId_RevokedAt",
                table: "crd_credentials",
                columns: new[] { "IssuerId", "RevokedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_crd_credentials_IssuerId_StatusIndex",
                table: "crd_credentials",
                columns: new[] { "IssuerId", "StatusIndex" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_crd_credentials_NetworkId_AchievementId_IssuedAt",
                table: "crd_credentials",
                columns: new[] { "NetworkId", "AchievementId", "IssuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_crd_credentials_PublicId",
                table: "crd_credentials",
                column: "PublicId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_crd_credentials_RecipientOrganizationId_IssuedAt",
                table: "crd_credentials",
                columns: new[] { "RecipientOrganizationId", "IssuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_crd_credentials_RecipientUserId_IssuedAt",
                table: "crd_credentials",
                columns: new[] { "RecipientUserId", "IssuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_crd_issuer_keys_IssuerId_Number",
                table: "crd_issuer_keys",
                columns: new[] { "IssuerId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_crd_issuers_NetworkId",
                table: "crd_issuers",
                column: "NetworkId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_crd_issuers_Slug",
                table: "crd_issuers",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_plt_outbox_ProcessedAt_CreatedAt",
                table: "plt_outbox",
                columns: new[] { "ProcessedAt", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "crd_achievement_alignments");

            migrationBuilder.DropTable(
                name: "crd_award_grants");

            migrationBuilder.DropTable(
                name: "crd_award_standings");

            migrationBuilder.DropTable(
                name: "crd_award_thresholds");

            migrationBuilder.DropTable(
                name: "crd_credentials");

            migrationBuilder.DropTable(
                name: "crd_issuer_keys");

            migrationBuilder.DropTable(
                name: "crd_issuers");

            migrationBuilder.DropTable(
                name: "plt_outbox");

            migrationBuilder.DropTable(
                name: "crd_achievements");

            migrationBuilder.DropTable(
                name: "crd_award_rules");
        }
    }
}
