using Bottega.Library.Domain;
using Bottega.Platform.Data;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Data;

internal sealed class LibraryDbContext(DbContextOptions<LibraryDbContext> options, ITenantContext tenant) : BottegaDbContext(options, tenant)
{
    public DbSet<LibraryCollection> Collections => Set<LibraryCollection>();

    public DbSet<LibraryDocument> Documents => Set<LibraryDocument>();

    public DbSet<DocumentVersion> Versions => Set<DocumentVersion>();

    public DbSet<DocumentTag> Tags => Set<DocumentTag>();

    public DbSet<DocumentCompetence> Competences => Set<DocumentCompetence>();

    public DbSet<DocumentAdoption> Adoptions => Set<DocumentAdoption>();

    public DbSet<DocumentComment> Comments => Set<DocumentComment>();

    public DbSet<DocumentFollower> Followers => Set<DocumentFollower>();

    public DbSet<WorkingGroup> WorkingGroups => Set<WorkingGroup>();

    public DbSet<WorkingGroupMember> WorkingGroupMembers => Set<WorkingGroupMember>();

    public DbSet<WorkingGroupMeeting> WorkingGroupMeetings => Set<WorkingGroupMeeting>();

    public DbSet<GoodPractice> Practices => Set<GoodPractice>();

    public DbSet<GoodPracticeAttachment> PracticeAttachments => Set<GoodPracticeAttachment>();

    public DbSet<GoodPracticeLabel> PracticeLabels => Set<GoodPracticeLabel>();

    // Prize calls (PrizeCallsModel) add their sets below.
    public DbSet<PrizeCall> PrizeCalls => Set<PrizeCall>();

    public DbSet<PrizeCategory> PrizeCategories => Set<PrizeCategory>();

    public DbSet<PrizeCriterion> PrizeCriteria => Set<PrizeCriterion>();

    public DbSet<PrizeJuror> PrizeJurors => Set<PrizeJuror>();

    public DbSet<PrizeEntry> PrizeEntries => Set<PrizeEntry>();

    public DbSet<ConflictDeclaration> PrizeConflicts => Set<ConflictDeclaration>();

    public DbSet<JurorScoreSheet> PrizeScoreSheets => Set<JurorScoreSheet>();

    public DbSet<JurorScore> PrizeScores => Set<JurorScore>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        LibraryModel.Apply(modelBuilder);
        GoodPracticesModel.Apply(modelBuilder);
        PrizeCallsModel.Apply(modelBuilder);
    }
}
