using Bottega.Credentials.Awards;
using Bottega.Learning.Features.Authoring;
using Bottega.Learning.Features.Frameworks;
using Bottega.Migrations;
using Bottega.Organizations.Domain;
using Bottega.Organizations.Territory;
using Bottega.Platform.Data;
using Bottega.Platform.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bottega.Demo;

/// <summary>
/// Seeds a living demo on the first run: the territory, five networks with member organizations taken from it,
/// about 200 people with roles, and a few requests waiting for approval. Idempotent: runs once per database.
/// </summary>
public sealed partial class DemoSeeder(
    IOptions<DemoOptions> demo, IOptions<DatabaseOptions> database, TerritoryImporter territory, SyllabusSeeder syllabus, IFileStore files,
    CourseSearchIndexer indexer, Credentials.Features.Issuing.CredentialIssuing issuing, AwardEvaluation awards, Platform.Search.IFullTextIndex fullText,
    TimeProvider time, IServiceProvider services, ILogger<DemoSeeder> logger)
{
    public async Task SeedIfConfiguredAsync(CancellationToken cancellationToken)
    {
        if (demo.Value.Seed)
        {
            await SeedAsync(cancellationToken);
        }
    }

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var db = DatabaseMigrator.CreateContext(database.Value);
        if (!await db.Set<Organization>().AnyAsync(cancellationToken))
        {
            var imported = await territory.ImportAsync(TerritoryImporter.EmbeddedDataset(), cancellationToken);
            LogTerritory(imported.Regions, imported.Provinces, imported.Municipalities);
        }

        if (!await db.Set<Network>().AnyAsync(cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var people = await new DemoPopulation(db, time.GetUtcNow().UtcDateTime, logger).CreateAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            LogSeeded(DemoNetworks.All.Length, people);
        }

        await syllabus.EnsureAsync(cancellationToken);
        if (!await DemoLearning.ExistsAsync(db, cancellationToken))
        {
            await SeedLearningAsync(db, cancellationToken);
        }

        if (!await DemoCredentials.ExistsAsync(db, cancellationToken))
        {
            var badges = await new DemoCredentials(db, issuing, time.GetUtcNow().UtcDateTime).CreateAsync(cancellationToken);
            LogCredentials(badges);

            // The demo award rule is evaluated once the course badges exist, so the unions' awards are issued as Open Badges too.
            var rule = await db.Set<AwardRule>().IgnoreQueryFilters().Where(r => r.Name == DemoAwards.RuleName).Select(r => new { r.NetworkId, r.Id })
                    .SingleAsync(cancellationToken);
            await awards.EvaluateAsync(rule.NetworkId, rule.Id, cancellationToken);
        }

        if (!await DemoCommunity.ExistsAsync(db, cancellationToken))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var topics = await new DemoCommunity(db, fullText, time.GetUtcNow().UtcDateTime).CreateAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            LogCommunity(topics);
        }

        if (!await DemoEvents.ExistsAsync(db, cancellationToken))
        {
            var events = await new DemoEvents(db, services, time.GetUtcNow().UtcDateTime).CreateAsync(cancellationToken);
            LogEvents(events);
        }

        await SeedLibraryAsync(db, cancellationToken);

        PrintAccounts();
    }

    /// <summary>The library's parts, each through the module's own services: documents, good practices, a working group, a prize call.</summary>
    private async Task SeedLibraryAsync(BottegaMigrationsContext db, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (!await DemoLibraryDocuments.ExistsAsync(db, cancellationToken))
        {
            var documents = await new DemoLibraryDocuments(db, services, now).CreateAsync(cancellationToken);
            LogDocuments(documents.Documents, documents.Versions, documents.Adoptions);
        }

        if (!await DemoLibraryPractices.ExistsAsync(db, cancellationToken))
        {
            LogPractices(await new DemoLibraryPractices(db, services, now).CreateAsync(cancellationToken));
        }

        if (!await DemoLibraryGroups.ExistsAsync(db, cancellationToken))
        {
            await new DemoLibraryGroups(db, services, now).CreateAsync(cancellationToken);
            LogGroups(DemoLibraryGroups.GroupName);
        }

        if (!await DemoLibraryPrize.ExistsAsync(db, cancellationToken))
        {
            LogPrize(await new DemoLibraryPrize(db, services, now).CreateAsync(cancellationToken));
        }
    }

    private async Task SeedLearningAsync(BottegaMigrationsContext db, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var video = await DemoVideo.StoreAsync(db, files, now, cancellationToken);
        var courses = await new DemoLearning(db, now).CreateAsync(video, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await indexer.ReindexAllAsync(cancellationToken);
        LogLearning(courses);
    }

    private static void PrintAccounts()
    {
        var lines = new List<string>
        {
            "",
            "Bottega demo accounts (password for all: " + DemoAccounts.Password + ")",
            $"  platform administrator  {DemoAccounts.PlatformAdmin}",
            $"  learner in 4 networks   {DemoAccounts.Learner}",
            $"  colleague (RUP, Bergamo) {DemoAccounts.Colleague}, follows the procurement space of {DemoAccounts.Rup}",
        };
        foreach (var slug in DemoAccounts.NetworkSlugs)
        {
            lines.Add($"  {slug}: {DemoAccounts.AdminOf(slug)} (admin), {DemoAccounts.TeacherOf(slug)}, {DemoAccounts.ReferentOf(slug)}, {DemoAccounts.ModeratorOf(slug)}");
        }

        Console.WriteLine(string.Join(Environment.NewLine, lines) + Environment.NewLine);
    }

    [LoggerMessage(1, LogLevel.Information, "Territory imported: {Regions} regions, {Provinces} provinces, {Municipalities} municipalities")]
    private partial void LogTerritory(int regions, int provinces, int municipalities);

    [LoggerMessage(2, LogLevel.Information, "Demo seeded: {Networks} networks, {People} people")]
    private partial void LogSeeded(int networks, int people);

    [LoggerMessage(3, LogLevel.Information, "Demo learning seeded: {Courses} courses")]
    private partial void LogLearning(int courses);

    [LoggerMessage(4, LogLevel.Information, "Demo credentials seeded: {Badges} badges issued")]
    private partial void LogCredentials(int badges);

    [LoggerMessage(5, LogLevel.Information, "Demo community seeded: {Topics} topics")]
    private partial void LogCommunity(int topics);

    [LoggerMessage(7, LogLevel.Information, "Demo library seeded: {Documents} documents, {Versions} versions, {Adoptions} adoptions")]
    private partial void LogDocuments(int documents, int versions, int adoptions);

    [LoggerMessage(8, LogLevel.Information, "Demo good practices seeded: {Practices} cases")]
    private partial void LogPractices(int practices);

    [LoggerMessage(9, LogLevel.Information, "Demo working group seeded: {Group}")]
    private partial void LogGroups(string group);

    [LoggerMessage(10, LogLevel.Information, "Demo prize call seeded: {Entries} entries scored by three jurors, ranking published")]
    private partial void LogPrize(int entries);

    [LoggerMessage(6, LogLevel.Information, "Demo events seeded: {Events} events with registrations, reminders and imported attendance")]
    private partial void LogEvents(int events);
}
