using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bottega.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Learning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "lrn_certificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EnrolmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LearnerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CourseTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NetworkName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    Competences = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lrn_certificates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lrn_external_trainings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    EvidenceFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EvidenceFileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecisionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DeclaredAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lrn_external_trainings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lrn_files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lrn_files", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lrn_frameworks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lrn_frameworks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lrn_hours",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lrn_hours", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lrn_paths",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    FrameworkId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lrn_paths", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "lrn_courses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SearchTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Format = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RequiresApproval = table.Column<bool>(type: "INTEGER", nullable: false),
                    MinimumMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    CoverFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lrn_courses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lrn_courses_lrn_files_CoverFileId",
                        column: x => x.CoverFileId,
                        principalTable: "lrn_files",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "lrn_assessments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FrameworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lrn_assessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lrn_assessments_lrn_frameworks_FrameworkId",
                        column: x => x.FrameworkId,
                        principalTable: "lrn_frameworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lrn_competence_areas",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FrameworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lrn_competence_areas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lrn_competence_areas_lrn_frameworks_FrameworkId",
                        column: x => x.FrameworkId,
                        principalTable: "lrn_frameworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lrn_framework_levels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FrameworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lrn_framework_levels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lrn_framework_levels_lrn_frameworks_FrameworkId",
                        column: x => x.FrameworkId,
                        principalTable: "lrn_frameworks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lrn_course_offerings",
                columns: table => new
                {
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lrn_course_offerings", x => new { x.NetworkId, x.CourseId });
                    table.ForeignKey(
                        name: "FK_lrn_course_offerings_lrn_courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "lrn_courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lrn_course_teachers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Affiliation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lrn_course_teachers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lrn_course_teachers_lrn_courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "lrn_courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lrn_enrolments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NetworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    AssignedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EnrolledAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastActivityAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastObjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Percent = table.Column<int>(type: "INTEGER", nullable: false),
                    SecondsSpent = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lrn_enrolments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lrn_enrolments_lrn_courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "lrn_courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lrn_modules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lrn_modules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lrn_modules_lrn_courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "lrn_courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lrn_path_steps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PathId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Required = table.Column<bool>(type: "INTEGER", nullable: false),
                    PrerequisiteCourseId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lrn_path_steps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lrn_path_steps_lrn_courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "lrn_courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_lrn_path_steps_lrn_paths_PathId",
                        column: x => x.PathId,
                        principalTable: "lrn_paths",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lrn_assessment_results",
                columns: table => new
                {
                    AssessmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompetenceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    AssessedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lrn_assessment_results", x => new { x.AssessmentId, x.CompetenceId });
                    table.ForeignKey(
                        name: "FK_lrn_assessment_results_lrn_assessments_AssessmentId",
                        column: x => x.AssessmentId,
                        principalTable: "lrn_assessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lrn_competences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AreaId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FrameworkId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lrn_competences", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lrn_competences_lrn_competence_areas_AreaId",
                        column: x => x.AreaId,
                        principalTable: "lrn_competence_areas",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lrn_quiz_attempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ObjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnrolmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionIds = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Answers = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: true),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Score = table.Column<int>(type: "INTEGER", nullable: true),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lrn_quiz_attempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lrn_quiz_attempts_lrn_enrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "lrn_enrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lrn_objects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModuleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Required = table.Column<bool>(type: "INTEGER", nullable: false),
                    Minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lrn_objects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lrn_objects_lrn_courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "lrn_courses",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_lrn_objects_lrn_modules_ModuleId",
                        column: x => x.ModuleId,
                        principalTable: "lrn_modules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lrn_course_competences",
                columns: table => new
                {
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompetenceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lrn_course_competences", x => new { x.CourseId, x.CompetenceId });
                    table.ForeignKey(
                        name: "FK_lrn_course_competences_lrn_competences_CompetenceId",
                        column: x => x.CompetenceId,
                        principalTable: "lrn_competences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_lrn_course_competences_lrn_courses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "lrn_courses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lrn_progress",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnrolmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ObjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Share = table.Column<double>(type: "REAL", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: true),
                    SecondsSpent = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lrn_progress", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lrn_progress_lrn_enrolments_EnrolmentId",
                        column: x => x.EnrolmentId,
                        principalTable: "lrn_enrolments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_lrn_progress_lrn_objects_ObjectId",
                        column: x => x.ObjectId,
                        principalTable: "lrn_objects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lrn_questions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ObjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CompetenceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Level = table.Column<int>(type: "INTEGER", nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Options = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Feedback = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Points = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_lrn_questions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_lrn_questions_lrn_competences_CompetenceId",
                        column: x => x.CompetenceId,
                        principalTable: "lrn_competences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_lrn_questions_lrn_objects_ObjectId",
                        column: x => x.ObjectId,
                        principalTable: "lrn_objects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_lrn_assessment_results_CompetenceId",
                table: "lrn_assessment_results",
                column: "CompetenceId");

            migrationBuilder.CreateIndex(
                name: "IX_lrn_assessment_results_UserId_CompetenceId",
                table: "lrn_assessment_results",
                columns: new[] { "UserId", "CompetenceId" });

            migrationBuilder.CreateIndex(
                name: "IX_lrn_assessments_FrameworkId",
                table: "lrn_assessments",
                column: "FrameworkId");

            migrationBuilder.CreateIndex(
                name: "IX_lrn_assessments_UserId_FrameworkId_Kind",
                table: "lrn_assessments",
                columns: new[] { "UserId", "FrameworkId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_lrn_certificates_Code",
                table: "lrn_certificates",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lrn_certificates_EnrolmentId",
                table: "lrn_certificates",
                column: "EnrolmentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lrn_certificates_UserId",
                table: "lrn_certificates",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_lrn_competence_areas_FrameworkId_Code",
                table: "lrn_competence_areas",
                columns: new[] { "FrameworkId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lrn_competences_AreaId",
                table: "lrn_competences",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_lrn_competences_FrameworkId_Code",
                table: "lrn_competences",
                columns: new[] { "FrameworkId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lrn_course_competences_CompetenceId",
                table: "lrn_course_competences",
                column: "CompetenceId");

            migrationBuilder.CreateIndex(
                name: "IX_lrn_course_offerings_CourseId",
                table: "lrn_course_offerings",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_lrn_course_teachers_CourseId",
                table: "lrn_course_teachers",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_lrn_course_teachers_UserId",
                table: "lrn_course_teachers",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_lrn_courses_CoverFileId",
                table: "lrn_courses",
                column: "CoverFileId");

            migrationBuilder.CreateIndex(
                name: "IX_lrn_courses_NetworkId_Status",
                table: "lrn_courses",
                columns: new[] { "NetworkId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_lrn_courses_Status_Title",
                table: "lrn_courses",
                columns: new[] { "Status", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_lrn_enrolments_CourseId_Status",
                table: "lrn_enrolments",
                columns: new[] { "CourseId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_lrn_enrolments_CourseId_UserId",
                table: "lrn_enrolments",
                columns: new[] { "CourseId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lrn_enrolments_NetworkId_OrganizationId_CourseId",
                table: "lrn_enrolments",
                columns: new[] { "NetworkId", "OrganizationId", "CourseId" });

            migrationBuilder.CreateIndex(
                name: "IX_lrn_enrolments_UserId_Status",
                table: "lrn_enrolments",
                columns: new[] { "UserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_lrn_external_trainings_NetworkId_Status_OrganizationId",
                table: "lrn_external_trainings",
                columns: new[] { "NetworkId", "Status", "OrganizationId" });

            migrationBuilder.CreateIndex(
                name: "IX_lrn_external_trainings_UserId_Date",
                table: "lrn_external_trainings",
                columns: new[] { "UserId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_lrn_framework_levels_FrameworkId_Rank",
                table: "lrn_framework_levels",
                columns: new[] { "FrameworkId", "Rank" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lrn_frameworks_NetworkId_Code",
                table: "lrn_frameworks",
                columns: new[] { "NetworkId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lrn_hours_UserId_Source_SourceId",
                table: "lrn_hours",
                columns: new[] { "UserId", "Source", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lrn_hours_UserId_Year",
                table: "lrn_hours",
                columns: new[] { "UserId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_lrn_modules_CourseId_Position",
                table: "lrn_modules",
                columns: new[] { "CourseId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_lrn_objects_CourseId_ModuleId_Position",
                table: "lrn_objects",
                columns: new[] { "CourseId", "ModuleId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_lrn_objects_ModuleId",
                table: "lrn_objects",
                column: "ModuleId");

            migrationBuilder.CreateIndex(
                name: "IX_lrn_path_steps_CourseId",
                table: "lrn_path_steps",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_lrn_path_steps_PathId_CourseId",
                table: "lrn_path_steps",
                columns: new[] { "PathId", "CourseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lrn_paths_NetworkId_Status",
                table: "lrn_paths",
                columns: new[] { "NetworkId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_lrn_progress_EnrolmentId_ObjectId",
                table: "lrn_progress",
                columns: new[] { "EnrolmentId", "ObjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_lrn_progress_ObjectId",
                table: "lrn_progress",
                column: "ObjectId");

            migrationBuilder.CreateIndex(
                name: "IX_lrn_progress_UserId",
                table: "lrn_progress",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_lrn_questions_CompetenceId_Level",
                table: "lrn_questions",
                columns: new[] { "CompetenceId", "Level" });

            migrationBuilder.CreateIndex(
                name: "IX_lrn_questions_ObjectId_Position",
                table: "lrn_questions",
                columns: new[] { "ObjectId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_lrn_quiz_attempts_EnrolmentId",
                table: "lrn_quiz_attempts",
                column: "EnrolmentId");

            migrationBuilder.CreateIndex(
                name: "IX_lrn_quiz_attempts_ObjectId_UserId_Number",
                table: "lrn_quiz_attempts",
                columns: new[] { "ObjectId", "UserId", "Number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "lrn_assessment_results");

            migrationBuilder.DropTable(
                name: "lrn_certificates");

            migrationBuilder.DropTable(
                name: "lrn_course_competences");

            migrationBuilder.DropTable(
                name: "lrn_course_offerings");

            migrationBuilder.DropTable(
                name: "lrn_course_teachers");

            migrationBuilder.DropTable(
                name: "lrn_external_trainings");

            migrationBuilder.DropTable(
                name: "lrn_framework_levels");

            migrationBuilder.DropTable(
                name: "lrn_hours");

            migrationBuilder.DropTable(
                name: "lrn_path_steps");

            migrationBuilder.DropTable(
                name: "lrn_progress");

            migrationBuilder.DropTable(
                name: "lrn_questions");

            migrationBuilder.DropTable(
                name: "lrn_quiz_attempts");

            migrationBuilder.DropTable(
                name: "lrn_assessments");

            migrationBuilder.DropTable(
                name: "lrn_paths");

            migrationBuilder.DropTable(
                name: "lrn_competences");

            migrationBuilder.DropTable(
                name: "lrn_objects");

            migrationBuilder.DropTable(
                name: "lrn_enrolments");

            migrationBuilder.DropTable(
                name: "lrn_competence_areas");

            migrationBuilder.DropTable(
                name: "lrn_modules");

            migrationBuilder.DropTable(
                name: "lrn_frameworks");

            migrationBuilder.DropTable(
                name: "lrn_courses");

            migrationBuilder.DropTable(
                name: "lrn_files");
        }
    }
}
