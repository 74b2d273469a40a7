using Bottega.Learning.Domain;
using Bottega.Platform.Data;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Learning.Data;

internal sealed class LearningDbContext(DbContextOptions<LearningDbContext> options, ITenantContext tenant) : BottegaDbContext(options, tenant)
{
    public DbSet<CompetencyFramework> Frameworks => Set<CompetencyFramework>();

    public DbSet<FrameworkLevel> FrameworkLevels => Set<FrameworkLevel>();

    public DbSet<CompetenceArea> Areas => Set<CompetenceArea>();

    public DbSet<Competence> Competences => Set<Competence>();

    public DbSet<Course> Courses => Set<Course>();

    public DbSet<CourseOffering> Offerings => Set<CourseOffering>();

    public DbSet<CourseModule> Modules => Set<CourseModule>();

    public DbSet<CourseCompetence> CourseCompetences => Set<CourseCompetence>();

    public DbSet<CourseTeacher> Teachers => Set<CourseTeacher>();

    public DbSet<LearningObject> Objects => Set<LearningObject>();

    public DbSet<LearningPath> Paths => Set<LearningPath>();

    public DbSet<PathStep> PathSteps => Set<PathStep>();

    public DbSet<Enrolment> Enrolments => Set<Enrolment>();

    public DbSet<ObjectProgress> Progress => Set<ObjectProgress>();

    public DbSet<Question> Questions => Set<Question>();

    public DbSet<QuizAttempt> Attempts => Set<QuizAttempt>();

    public DbSet<HoursEntry> Hours => Set<HoursEntry>();

    public DbSet<ExternalTraining> ExternalTrainings => Set<ExternalTraining>();

    public DbSet<Certificate> Certificates => Set<Certificate>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<AssessmentResult> AssessmentResults => Set<AssessmentResult>();

    public DbSet<LearningFile> Files => Set<LearningFile>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) => LearningModel.Apply(modelBuilder);
}
