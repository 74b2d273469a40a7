using Bottega.Learning.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Learning.Data;

internal static class LearningModel
{
    public static void Apply(ModelBuilder b)
    {
        Frameworks(b);
        Courses(b);
        Paths(b);
        Enrolments(b);
        Quizzes(b);
        Ledger(b);
        b.Entity<LearningFile>(e =>
        {
            e.ToTable("lrn_files");
            e.Property(x => x.StorageKey).HasMaxLength(200);
            e.Property(x => x.FileName).HasMaxLength(255);
            e.Property(x => x.ContentType).HasMaxLength(100);
        });
    }

    private static void Frameworks(ModelBuilder b)
    {
        b.Entity<CompetencyFramework>(e =>
        {
            e.ToTable("lrn_frameworks");
            e.Property(x => x.Code).HasMaxLength(60);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(4000);
            e.Property(x => x.Source).HasMaxLength(1000);
            e.HasIndex(x => new { x.NetworkId, x.Code }).IsUnique();
            e.HasMany(x => x.Levels).WithOne().HasForeignKey(x => x.FrameworkId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Areas).WithOne().HasForeignKey(x => x.FrameworkId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<FrameworkLevel>(e =>
        {
            e.ToTable("lrn_framework_levels");
            e.Property(x => x.Name).HasMaxLength(100);
            e.HasIndex(x => new { x.FrameworkId, x.Rank }).IsUnique();
        });
        b.Entity<CompetenceArea>(e =>
        {
            e.ToTable("lrn_competence_areas");
            e.Property(x => x.Code).HasMaxLength(20);
            e.Property(x => x.Name).HasMaxLength(200);
            e.HasIndex(x => new { x.FrameworkId, x.Code }).IsUnique();
            e.HasMany(x => x.Competences).WithOne().HasForeignKey(x => x.AreaId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<Competence>(e =>
        {
            e.ToTable("lrn_competences");
            e.Property(x => x.Code).HasMaxLength(20);
            e.Property(x => x.Name).HasMaxLength(300);
            e.Property(x => x.Description).HasMaxLength(4000);
            e.HasIndex(x => new { x.FrameworkId, x.Code }).IsUnique();
        });
    }

    private static void Courses(ModelBuilder b)
    {
        b.Entity<Course>(e =>
        {
            e.ToTable("lrn_courses");
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.SearchTitle).HasMaxLength(200);
            e.Property(x => x.Summary).HasMaxLength(1000);
            e.Property(x => x.Description).HasMaxLength(50_000);
            e.Property(x => x.Hours).HasPrecision(6, 2);
            e.Property(x => x.Language).HasMaxLength(2);
            e.HasIndex(x => new { x.NetworkId, x.Status });
            e.HasIndex(x => new { x.Status, x.Title });
            e.HasMany(x => x.Modules).WithOne().HasForeignKey(x => x.CourseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Competences).WithOne().HasForeignKey(x => x.CourseId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Teachers).WithOne().HasForeignKey(x => x.CourseId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<LearningFile>().WithMany().HasForeignKey(x => x.CoverFileId).OnDelete(DeleteBehavior.SetNull);
        });
        b.Entity<CourseOffering>(e =>
        {
            e.ToTable("lrn_course_offerings");
            e.HasKey(x => new { x.NetworkId, x.CourseId });
            e.HasIndex(x => x.CourseId);
            e.HasOne<Course>().WithMany().HasForeignKey(x => x.CourseId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<CourseModule>(e =>
        {
            e.ToTable("lrn_modules");
            e.Property(x => x.Title).HasMaxLength(200);
            e.HasIndex(x => new { x.CourseId, x.Position });
            e.HasMany(x => x.Objects).WithOne().HasForeignKey(x => x.ModuleId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<CourseCompetence>(e =>
        {
            e.ToTable("lrn_course_competences");
            e.HasKey(x => new { x.CourseId, x.CompetenceId });
            e.HasIndex(x => x.CompetenceId);
            e.HasOne<Competence>().WithMany().HasForeignKey(x => x.CompetenceId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<CourseTeacher>(e =>
        {
            e.ToTable("lrn_course_teachers");
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.Affiliation).HasMaxLength(200);
            e.HasIndex(x => x.CourseId);
            e.HasIndex(x => x.UserId);
        });
        b.Entity<LearningObject>(e =>
        {
            e.ToTable("lrn_objects");
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Content).HasMaxLength(200_000);
            e.HasIndex(x => new { x.CourseId, x.ModuleId, x.Position });
            e.HasOne<Course>().WithMany().HasForeignKey(x => x.CourseId).OnDelete(DeleteBehavior.NoAction);
        });
    }

    private static void Paths(ModelBuilder b)
    {
        b.Entity<LearningPath>(e =>
        {
            e.ToTable("lrn_paths");
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Summary).HasMaxLength(1000);
            e.Property(x => x.Description).HasMaxLength(50_000);
            e.HasIndex(x => new { x.NetworkId, x.Status });
            e.HasMany(x => x.Steps).WithOne().HasForeignKey(x => x.PathId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<PathStep>(e =>
        {
            e.ToTable("lrn_path_steps");
            e.HasIndex(x => new { x.PathId, x.CourseId }).IsUnique();
            e.HasIndex(x => x.CourseId);
            e.HasOne<Course>().WithMany().HasForeignKey(x => x.CourseId).OnDelete(DeleteBehavior.Cascade);
        });
    }

    private static void Enrolments(ModelBuilder b)
    {
        b.Entity<Enrolment>(e =>
        {
            e.ToTable("lrn_enrolments");
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.CourseId, x.UserId }).IsUnique();
            e.HasIndex(x => new { x.UserId, x.Status });
            e.HasIndex(x => new { x.NetworkId, x.OrganizationId, x.CourseId });
            e.HasIndex(x => new { x.CourseId, x.Status });
            e.HasOne<Course>().WithMany().HasForeignKey(x => x.CourseId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<ObjectProgress>(e =>
        {
            e.ToTable("lrn_progress");
            e.HasIndex(x => new { x.EnrolmentId, x.ObjectId }).IsUnique();
            e.HasIndex(x => x.UserId);
            e.HasOne<Enrolment>().WithMany().HasForeignKey(x => x.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<LearningObject>().WithMany().HasForeignKey(x => x.ObjectId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<Certificate>(e =>
        {
            e.ToTable("lrn_certificates");
            e.Property(x => x.Code).HasMaxLength(40);
            e.Property(x => x.LearnerName).HasMaxLength(200);
            e.Property(x => x.CourseTitle).HasMaxLength(200);
            e.Property(x => x.NetworkName).HasMaxLength(200);
            e.Property(x => x.Hours).HasPrecision(6, 2);
            e.Property(x => x.Competences).HasMaxLength(4000);
            e.HasIndex(x => x.Code).IsUnique();
            e.HasIndex(x => x.EnrolmentId).IsUnique();
            e.HasIndex(x => x.UserId);
        });
    }

    private static void Quizzes(ModelBuilder b)
    {
        b.Entity<Question>(e =>
        {
            e.ToTable("lrn_questions");
            e.Property(x => x.Text).HasMaxLength(4000);
            e.Property(x => x.Options).HasMaxLength(20_000);
            e.Property(x => x.Feedback).HasMaxLength(4000);
            e.HasIndex(x => new { x.ObjectId, x.Position });
            e.HasIndex(x => new { x.CompetenceId, x.Level });
            e.HasOne<LearningObject>().WithMany().HasForeignKey(x => x.ObjectId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Competence>().WithMany().HasForeignKey(x => x.CompetenceId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<QuizAttempt>(e =>
        {
            e.ToTable("lrn_quiz_attempts");
            e.Property(x => x.QuestionIds).HasMaxLength(10_000);
            e.Property(x => x.Answers).HasMaxLength(50_000);
            e.HasIndex(x => new { x.ObjectId, x.UserId, x.Number }).IsUnique();
            e.HasIndex(x => x.EnrolmentId);
            e.HasOne<Enrolment>().WithMany().HasForeignKey(x => x.EnrolmentId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<Assessment>(e =>
        {
            e.ToTable("lrn_assessments");
            e.Property(x => x.State).HasMaxLength(100_000);
            e.HasIndex(x => new { x.UserId, x.FrameworkId, x.Kind });
            e.HasMany(x => x.Results).WithOne().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<CompetencyFramework>().WithMany().HasForeignKey(x => x.FrameworkId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<AssessmentResult>(e =>
        {
            e.ToTable("lrn_assessment_results");
            e.HasKey(x => new { x.AssessmentId, x.CompetenceId });
            e.HasIndex(x => new { x.UserId, x.CompetenceId });
            e.HasIndex(x => x.CompetenceId);
        });
    }

    private static void Ledger(ModelBuilder b)
    {
        b.Entity<HoursEntry>(e =>
        {
            e.ToTable("lrn_hours");
            e.Property(x => x.Hours).HasPrecision(6, 2);
            e.Property(x => x.Title).HasMaxLength(300);
            e.HasIndex(x => new { x.UserId, x.Source, x.SourceId }).IsUnique();
            e.HasIndex(x => new { x.UserId, x.Year });
        });
        b.Entity<ExternalTraining>(e =>
        {
            e.ToTable("lrn_external_trainings");
            e.Property(x => x.Title).HasMaxLength(300);
            e.Property(x => x.Provider).HasMaxLength(200);
            e.Property(x => x.Hours).HasPrecision(6, 2);
            e.Property(x => x.EvidenceFileName).HasMaxLength(255);
            e.Property(x => x.DecisionNote).HasMaxLength(1000);
            e.HasIndex(x => new { x.NetworkId, x.Status, x.OrganizationId });
            e.HasIndex(x => new { x.UserId, x.Date });
        });
    }
}
