using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bottega.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Library : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "lib_collections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    WorkingGroupId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lib_collections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lib_document_adoptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeclaredBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeclaredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lib_document_adoptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lib_document_comments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IsRemoved = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lib_document_comments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lib_document_competences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompetenceId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lib_document_competences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lib_document_followers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FollowedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lib_document_followers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lib_document_tags",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Tag = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lib_document_tags", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lib_document_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    FileKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UploadedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DownloadCount = table.Column<long>(type: "INTEGER", nullable: false),
                    Extraction = table.Column<int>(type: "INTEGER", nullable: false),
                    ExtractedText = table.Column<string>(type: "TEXT", nullable: true),
                    ExtractionError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PageCount = table.Column<int>(type: "INTEGER", nullable: true),
                    ExtractedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lib_document_versions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lib_documents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    CollectionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OwnerOrganizationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Licence = table.Column<int>(type: "INTEGER", nullable: false),
                    Visibility = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkingGroupId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    CurrentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    DownloadCount = table.Column<long>(type: "INTEGER", nullable: false),
                    AdoptionCount = table.Column<int>(type: "INTEGER", nullable: false),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lib_documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lib_practice_attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lib_practice_attachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lib_practice_labels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PracticeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Tag = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    CompetenceId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lib_practice_labels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lib_practices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Solution = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Results = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Costs = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    Contacts = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RegionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PrizeEntryId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lib_practices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lib_prize_calls",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    EligibilityText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    EligibleKinds = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SubmissionsOpenAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmissionsCloseAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ScoringOpensAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ScoringClosesAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    WinnersPerCategory = table.Column<int>(type: "INTEGER", nullable: false),
                    AwardName = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    AwardDescription = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RankingPublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lib_prize_calls", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lib_prize_categories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lib_prize_categories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lib_prize_conflicts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JurorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DeclaredAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lib_prize_conflicts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lib_prize_criteria",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Weight = table.Column<decimal>(type: "TEXT", precision: 9, scale: 3, nullable: false),
                    MaxScore = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lib_prize_criteria", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lib_prize_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CategoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Problem = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Solution = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Results = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Costs = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    Contacts = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Theme = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ExclusionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    WithdrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Rank = table.Column<int>(type: "INTEGER", nullable: true),
                    Score = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    IsWinner = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lib_prize_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lib_prize_jurors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lib_prize_jurors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lib_prize_score_sheets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JurorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lib_prize_score_sheets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lib_prize_scores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SheetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CriterionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Value = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lib_prize_scores", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lib_working_group_meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartsAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ScheduledBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScheduledAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lib_working_group_meetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lib_working_group_members",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GroupId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<int>(type: "INTEGER", nullable: false),
                    JoinedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lib_working_group_members", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lib_working_groups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    CoordinatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CollectionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SpaceSlug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: true),
                    PublishesOutputs = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lib_working_groups", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_lib_collections_NetworkId_Slug",
                table: "lib_collections",
                columns: new[] { "NetworkId", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lib_collections_NetworkId_WorkingGroupId_Position",
                table: "lib_collections",
                columns: new[] { "NetworkId", "WorkingGroupId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_lib_document_adoptions_DocumentId_OrganizationId",
                table: "lib_document_adoptions",
                columns: new[] { "DocumentId", "OrganizationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lib_document_adoptions_NetworkId_OrganizationId",
                table: "lib_document_adoptions",
                columns: new[] { "NetworkId", "OrganizationId" });

            migrationBuilder.CreateIndex(
                name: "IX_lib_document_comments_AuthorId",
                table: "lib_document_comments",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_lib_document_comments_DocumentId_CreatedAt",
                table: "lib_document_comments",
                columns: new[] { "DocumentId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_lib_document_competences_DocumentId_CompetenceId",
                table: "lib_document_competences",
                columns: new[] { "DocumentId", "CompetenceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lib_document_competences_NetworkId_CompetenceId",
                table: "lib_document_competences",
                columns: new[] { "NetworkId", "CompetenceId" });

            migrationBuilder.CreateIndex(
                name: "IX_lib_document_followers_DocumentId_PersonId",
                table: "lib_document_followers",
                columns: new[] { "DocumentId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lib_document_followers_PersonId",
                table: "lib_document_followers",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_lib_document_tags_DocumentId_Tag",
                table: "lib_document_tags",
                columns: new[] { "DocumentId", "Tag" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lib_document_tags_NetworkId_Tag",
                table: "lib_document_tags",
                columns: new[] { "NetworkId", "Tag" });

            migrationBuilder.CreateIndex(
                name: "IX_lib_document_versions_DocumentId_Number",
                table: "lib_document_versions",
                columns: new[] { "DocumentId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lib_document_versions_Extraction",
                table: "lib_document_versions",
                column: "Extraction");

            migrationBuilder.CreateIndex(
                name: "IX_lib_document_versions_FileKey",
                table: "lib_document_versions",
                column: "FileKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lib_documents_NetworkId_CollectionId_UpdatedAt",
                table: "lib_documents",
                columns: new[] { "NetworkId", "CollectionId", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_lib_documents_NetworkId_IsArchived_UpdatedAt",
                table: "lib_documents",
                columns: new[] { "NetworkId", "IsArchived", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_lib_documents_NetworkId_Kind",
                table: "lib_documents",
                columns: new[] { "NetworkId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_lib_documents_NetworkId_OwnerOrganizationId",
                table: "lib_documents",
                columns: new[] { "NetworkId", "OwnerOrganizationId" });

            migrationBuilder.CreateIndex(
                name: "IX_lib_documents_NetworkId_RegionId",
                table: "lib_documents",
                columns: new[] { "NetworkId", "RegionId" });

            migrationBuilder.CreateIndex(
                name: "IX_lib_documents_NetworkId_WorkingGroupId",
                table: "lib_documents",
                columns: new[] { "NetworkId", "WorkingGroupId" });

            migrationBuilder.CreateIndex(
                name: "IX_lib_documents_NetworkId_Year",
                table: "lib_documents",
                columns: new[] { "NetworkId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_lib_practice_attachments_PracticeId",
                table: "lib_practice_attachments",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_lib_practice_labels_NetworkId_CompetenceId",
                table: "lib_practice_labels",
                columns: new[] { "NetworkId", "CompetenceId" });

            migrationBuilder.CreateIndex(
                name: "IX_lib_practice_labels_NetworkId_Tag",
                table: "lib_practice_labels",
                columns: new[] { "NetworkId", "Tag" });

            migrationBuilder.CreateIndex(
                name: "IX_lib_practice_labels_PracticeId_Tag",
                table: "lib_practice_labels",
                columns: new[] { "PracticeId", "Tag" });

            migrationBuilder.CreateIndex(
                name: "IX_lib_practices_NetworkId_OrganizationId",
                table: "lib_practices",
                columns: new[] { "NetworkId", "OrganizationId" });

            migrationBuilder.CreateIndex(
                name: "IX_lib_practices_NetworkId_Status_RegionId_PublishedAt",
                table: "lib_practices",
                columns: new[] { "NetworkId", "Status", "RegionId", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_lib_practices_NetworkId_Status_Theme_PublishedAt",
                table: "lib_practices",
                columns: new[] { "NetworkId", "Status", "Theme", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_lib_practices_PrizeEntryId",
                table: "lib_practices",
                column: "PrizeEntryId",
                unique: true,
                filter: "\"PrizeEntryId\" IS NOT NULL");

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

            migrationBuilder.CreateIndex(
                name: "IX_lib_working_group_meetings_EventId",
                table: "lib_working_group_meetings",
                column: "EventId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lib_working_group_meetings_GroupId_StartsAt",
                table: "lib_working_group_meetings",
                columns: new[] { "GroupId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_lib_working_group_meetings_ScheduledBy",
                table: "lib_working_group_meetings",
                column: "ScheduledBy");

            migrationBuilder.CreateIndex(
                name: "IX_lib_working_group_members_GroupId_PersonId",
                table: "lib_working_group_members",
                columns: new[] { "GroupId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lib_working_group_members_NetworkId_PersonId",
                table: "lib_working_group_members",
                columns: new[] { "NetworkId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_lib_working_groups_NetworkId_Slug",
                table: "lib_working_groups",
                columns: new[] { "NetworkId", "Slug" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "lib_collections");

            migrationBuilder.DropTable(
                name: "lib_document_adoptions");

            migrationBuilder.DropTable(
                name: "lib_document_comments");

            migrationBuilder.DropTable(
                name: "lib_document_competences");

            migrationBuilder.DropTable(
                name: "lib_document_followers");

            migrationBuilder.DropTable(
                name: "lib_document_tags");

            migrationBuilder.DropTable(
                name: "lib_document_versions");

            migrationBuilder.DropTable(
                name: "lib_documents");

            migrationBuilder.DropTable(
                name: "lib_practice_attachments");

            migrationBuilder.DropTable(
                name: "lib_practice_labels");

            migrationBuilder.DropTable(
                name: "lib_practices");

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

            migrationBuilder.DropTable(
                name: "lib_working_group_meetings");

            migrationBuilder.DropTable(
                name: "lib_working_group_members");

            migrationBuilder.DropTable(
                name: "lib_working_groups");
        }
    }
}
