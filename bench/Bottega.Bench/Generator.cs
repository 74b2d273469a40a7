using System.Data.Common;
using System.Diagnostics;
using Bottega.Identity;
using Bottega.Identity.Domain;
using Bottega.Learning;
using Bottega.Learning.Domain;
using Bottega.Learning.Features.Catalogue;
using Bottega.Learning.Objects;
using Bottega.Migrations;
using Bottega.Organizations;
using Bottega.Organizations.Contracts;
using Bottega.Organizations.Domain;
using Bottega.Organizations.Territory;
using Bottega.Platform;
using Bottega.Platform.Data;
using Bottega.Platform.Search;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Bottega.Bench;

/// <summary>
/// Builds an Italy-scale data set on a fresh database: the ISTAT territory, unions and in-house companies, networks,
/// people, the Syllabus, courses with modules and learning objects, offerings, enrolments, progress, hours and the
/// full-text index. Scale 1 is 100,000 people, 1,000 courses, 1,000,000 enrolments and about 5,000,000 progress rows.
/// </summary>
internal sealed class Generator(DatabaseOptions database, double scale, int communityTopics = 50_000, int communityPosts = 500_000, int? libraryDocuments = null)
{
    public const string MainNetwork = "bench-italia";
    public const string Password = "Bench-Bottega-2026";
    public const string Domain = "bench.bottega.it";
    public const string ReferentEmail = "referente@" + Domain;
    public const string ReferentOrganizationIstat = "058091"; // Roma

    private const int RegionalNetworks = 9;
    private readonly Random random = new(2026);
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly DateTime now = TimeProvider.System.GetUtcNow().UtcDateTime;

    public static string PersonEmail(int number) => $"persona{number}@{Domain}";

    public async Task RunAsync(CancellationToken ct)
    {
        var people = Math.Max(200, (int)Math.Round(100_000 * scale));
        var courseCount = Math.Max(20, (int)Math.Round(1_000 * scale));
        var enrolmentsPerPerson = 10.0;
        Console.WriteLine($"Generating on {database.Provider}, scale {scale}: {people} people, {courseCount} courses, about {people * enrolmentsPerPerson:N0} enrolments.");

        await RecreateAsync(ct);
        await DatabaseMigrator.MigrateAsync(database, ct);
        Step("migrated");

        await using var app = BuildServices();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await LearningModule.EnsureReferenceDataAsync(scope.ServiceProvider, ct);
            var territory = await scope.ServiceProvider.GetRequiredService<TerritoryImporter>().ImportAsync(TerritoryImporter.EmbeddedDataset(), ct);
            Step($"Syllabus and territory: {territory.Regions} regions, {territory.Provinces} provinces, {territory.Municipalities} municipalities");
        }

        await using var context = DatabaseMigrator.CreateContext(database);
        var organizations = await context.Set<Organization>().AsNoTracking().ToListAsync(ct);
        var competences = await context.Set<Competence>().AsNoTracking().ToListAsync(ct);

        await using var connection = await OpenBulkConnectionAsync(ct);
        var writer = new BulkWriter(context, connection);
        var sqliteTransaction = connection is SqliteConnection sqlite ? sqlite.BeginTransaction() : null;
        writer.Transaction = sqliteTransaction;

        // Unions of municipalities and in-house companies, on top of the ~8,000 bodies of the territory.
        var municipalities = organizations.Where(o => o.Kind == OrganizationKind.Municipality).ToList();
        var provinces = organizations.Where(o => o.Kind is OrganizationKind.Province or OrganizationKind.MetropolitanCity).ToDictionary(o => o.Id);
        var regions = organizations.Where(o => o.Kind == OrganizationKind.Region).ToList();
        var extra = new List<Organization>();
        var unionMembers = new List<UnionMembership>();
        foreach (var province in provinces.Values)
        {
            var towns = municipalities.Where(m => m.ProvinceId == province.Id).ToList();
            var region = regions.First(r => r.Id == province.RegionId);
            for (var u = 0; u < 3 && towns.Count >= 6; u++)
            {
                var union = Organization.Create($"Unione dei comuni {province.Name} {u + 1}", OrganizationKind.UnionOfMunicipalities, null, null, province, region);
                extra.Add(union);
                unionMembers.AddRange(towns.Skip(u * (towns.Count / 3)).Take(Math.Min(8, towns.Count / 3)).Select(t => UnionMembership.Create(union.Id, t.Id)));
            }

            extra.Add(Organization.Create($"{province.Name} Servizi S.p.A.", OrganizationKind.InHouseCompany, null, null, province, region));
        }

        await writer.WriteAsync(extra, ct);
        await writer.WriteAsync(unionMembers, ct);
        organizations.AddRange(extra);
        Step($"{organizations.Count} organizations ({extra.Count} unions and in-house companies added)");

        // Networks: one national network everybody belongs to, and regional ones.
        var main = Network.Create(MainNetwork, "Bench Italia", "Rete nazionale del banco di prova.", NetworkKind.Programme, JoinPolicy.Open, 40, now);
        var networks = new List<Network> { main };
        networks.AddRange(regions.Take(RegionalNetworks).Select((r, i) =>
            Network.Create($"bench-regione-{i + 1}", $"Rete {r.Name}", null, NetworkKind.RegionalFederation, JoinPolicy.ThroughOrganization, 40, now)));
        await writer.WriteAsync(networks, ct);

        // People: the referent's organization holds 2,000 of them (fewer at small scale), the rest spread over the municipalities.
        var referentOrganization = organizations.First(o => o.IstatCode == ReferentOrganizationIstat);
        var referentStaff = Math.Min(2_000, people / 4);
        var passwordHash = new PasswordHasher<BottegaUser>().HashPassword(new BottegaUser(), Password);
        var users = new BottegaUser[people + 1];
        for (var i = 0; i <= people; i++)
        {
            var organization = i <= referentStaff ? referentOrganization : municipalities[random.Next(municipalities.Count)];
            var email = i == 0 ? ReferentEmail : PersonEmail(i);
            var user = new BottegaUser
            {
                Email = email,
                UserName = email,
                NormalizedEmail = email.ToUpperInvariant(),
                NormalizedUserName = email.ToUpperInvariant(),
                EmailConfirmed = true,
                PasswordHash = passwordHash,
                LockoutEnabled = true,
                JobRole = i == 0 ? JobRole.Manager : JobRole.Employee,
                OrganizationId = organization.Id,
                ProvinceId = organization.ProvinceId,
                RegionId = organization.RegionId,
                CreatedAt = now.AddDays(-random.Next(30, 700)),
            };
            user.SetName(Names.Given[random.Next(Names.Given.Length)], Names.Family[random.Next(Names.Family.Length)]);
            users[i] = user;
        }

        await writer.WriteAsync(users, ct);
        Step($"{users.Length:N0} people ({referentStaff:N0} in {referentOrganization.Name}, referent {ReferentEmail}, learners persona1..persona{people}@{Domain}, password {Password})");

        var regionalNetworkOf = regions.Take(RegionalNetworks).Select((r, i) => (r.Id, Network: networks[i + 1])).ToDictionary(x => x.Id, x => x.Network);
        var memberships = new List<NetworkMembership>(people + people / 3);
        for (var i = 0; i <= people; i++)
        {
            var user = users[i];
            var membership = NetworkMembership.Grant(main.Id, user.Id, i == 0 ? NetworkRole.TrainingReferent : NetworkRole.Member, user.OrganizationId, null, user.CreatedAt);
            if (i == 0)
            {
                membership.SetRoles(NetworkRole.TrainingReferent, referentOrganization.Id);
            }

            memberships.Add(membership);
            if (user.RegionId is { } region && regionalNetworkOf.TryGetValue(region, out var regional) && random.NextDouble() < 0.5)
            {
                memberships.Add(NetworkMembership.Grant(regional.Id, user.Id, NetworkRole.Member, user.OrganizationId, null, user.CreatedAt));
            }
        }

        await writer.WriteAsync(memberships, ct);
        var employers = users.Select(u => u.OrganizationId!.Value).ToHashSet();
        var agreements = employers.Select(o => NetworkOrganization.Create(main.Id, o, AgreementStatus.Active, 500, new DateOnly(2025, 1, 1), null))
            .Concat(organizations.Where(o => o.RegionId is { } r && regionalNetworkOf.ContainsKey(r) && o.Kind != OrganizationKind.Region)
                .Select(o => NetworkOrganization.Create(regionalNetworkOf[o.RegionId!.Value].Id, o.Id, AgreementStatus.Active, 300, new DateOnly(2025, 1, 1), null)))
            .ToList();
        await writer.WriteAsync(agreements, ct);
        Step($"{memberships.Count:N0} memberships, {agreements.Count:N0} member organizations in {networks.Count} networks");

        // Courses: most owned by the national network, the others by regional networks and offered nationally by federation.
        var courses = new List<Course>(courseCount);
        var plans = new List<CoursePlan>(courseCount);
        var modules = new List<CourseModule>();
        var objects = new List<LearningObject>();
        var courseCompetences = new List<CourseCompetence>();
        var teachers = new List<CourseTeacher>();
        var offerings = new List<CourseOffering>();
        var kinds = new[] { LearningObjectKind.Page, LearningObjectKind.Video, LearningObjectKind.Document, LearningObjectKind.Page, LearningObjectKind.ExternalLink };
        for (var c = 0; c < courseCount; c++)
        {
            var owner = c % 10 < 7 ? main : networks[1 + random.Next(RegionalNetworks)];
            var topic = Names.Topics[random.Next(Names.Topics.Length)];
            var title = $"{topic}: {Names.Angles[random.Next(Names.Angles.Length)]} ({c + 1})";
            var course = Course.Create(owner.Id, title, now.AddDays(-random.Next(60, 800)));
            var hours = (decimal)(2 + random.Next(0, 30)) / (random.Next(2) + 1);
            var description = string.Join(' ', Enumerable.Range(0, 4).Select(_ => Names.Sentences[random.Next(Names.Sentences.Length)]));
            course.Describe(title, $"{topic}: {Names.Sentences[random.Next(Names.Sentences.Length)]}", description, hours, 1 + random.Next(3), "it",
                random.Next(10) < 8 ? CourseFormat.SelfPaced : CourseFormat.Blended, false, 0, now);
            course.Publish(now.AddDays(-random.Next(1, 60)));
            courses.Add(course);
            offerings.Add(CourseOffering.Create(owner.Id, course.Id, now));
            if (owner != main)
            {
                offerings.Add(CourseOffering.Create(main.Id, course.Id, now));
            }

            foreach (var competence in competences.OrderBy(_ => random.Next()).Take(1 + random.Next(3)))
            {
                courseCompetences.Add(CourseCompetence.Create(course.Id, competence.Id, 1 + random.Next(3)));
            }

            teachers.Add(CourseTeacher.External(course.Id, $"{Names.Given[random.Next(Names.Given.Length)]} {Names.Family[random.Next(Names.Family.Length)]}", "Formez PA"));
            var objectIds = new List<Guid>();
            var moduleCount = 2 + random.Next(3);
            var objectCount = 8 + random.Next(5);
            for (var m = 0; m < moduleCount; m++)
            {
                var module = CourseModule.Create(course.Id, $"Modulo {m + 1}", m + 1);
                modules.Add(module);
                var inModule = m == moduleCount - 1 ? objectCount - objectIds.Count : objectCount / moduleCount;
                for (var o = 0; o < inModule; o++)
                {
                    var last = m == moduleCount - 1 && o == inModule - 1;
                    var kind = last ? LearningObjectKind.Quiz : kinds[random.Next(kinds.Length)];
                    var item = LearningObject.Create(course.Id, module.Id, kind, $"{KindName(kind)} {objectIds.Count + 1}", objectIds.Count + 1, true, 5 + random.Next(25), Content(kind));
                    objects.Add(item);
                    objectIds.Add(item.Id);
                }
            }

            plans.Add(new CoursePlan(course, owner, [.. objectIds]));
        }

        await writer.WriteAsync(courses, ct);
        await writer.WriteAsync(offerings, ct);
        await writer.WriteAsync(modules, ct);
        await writer.WriteAsync(objects, ct);
        await writer.WriteAsync(courseCompetences, ct);
        await writer.WriteAsync(teachers, ct);
        Step($"{courses.Count:N0} courses, {modules.Count:N0} modules, {objects.Count:N0} learning objects, {offerings.Count:N0} offerings");

        // Enrolments: about ten per person; a course is chosen with a skewed popularity so some courses have many learners.
        var enrolments = new List<EnrolmentPlan>((int)(people * enrolmentsPerPerson) + people);
        for (var i = 0; i <= people; i++)
        {
            var count = Math.Min(courseCount, 5 + random.Next(11));
            var chosen = new HashSet<int>();
            while (chosen.Count < count)
            {
                var pick = (int)(courseCount * Math.Pow(random.NextDouble(), 1.6));
                chosen.Add(Math.Min(courseCount - 1, pick));
            }

            foreach (var c in chosen)
            {
                var roll = random.Next(100);
                var status = roll < 40 ? EnrolmentStatus.Completed : roll < 92 ? EnrolmentStatus.Active : roll < 96 ? EnrolmentStatus.PendingApproval : EnrolmentStatus.Withdrawn;
                var source = i <= referentStaff && random.Next(3) == 0 ? EnrolmentSource.Referent : EnrolmentSource.Self;
                enrolments.Add(new EnrolmentPlan(i, c, status, source, now.AddDays(-random.Next(1, 330)), random.Next(1000)));
            }
        }

        var enrolmentIds = new Guid[enrolments.Count];
        await writer.WriteAsync(Enrolments(enrolments, users, plans, main, enrolmentIds), ct);
        Step($"{enrolments.Count:N0} enrolments");

        var progressRows = await writer.WriteAsync(Progress(enrolments, users, plans, enrolmentIds), ct);
        Step($"{progressRows:N0} progress records");

        var hoursRows = await writer.WriteAsync(Hours(enrolments, users, plans, main, enrolmentIds), ct);
        Step($"{hoursRows:N0} hours entries");

        var community = new CommunityGenerator(connection, writer, random, now);
        var authors = users.Skip(1).Take(Math.Min(users.Length - 1, 20_000)).Select(u => u.Id).ToList();
        if (communityTopics > 0)
        {
            var (topicRows, postRows) = await community.RunAsync(main.Id, authors, communityTopics, communityPosts, ct);
            Step($"community: {topicRows:N0} topics, {postRows:N0} posts in 12 spaces of {MainNetwork}");
        }

        var documentCount = libraryDocuments ?? (int)Math.Round(100_000 * scale);
        if (documentCount > 0)
        {
            // Owners: every region, province and metropolitan city, and 500 municipalities.
            var owners = organizations.Where(o => o.Kind is OrganizationKind.Region or OrganizationKind.Province or OrganizationKind.MetropolitanCity)
                .Concat(municipalities.OrderBy(_ => random.Next()).Take(500)).OrderBy(_ => random.Next()).ToList();
            var (documentRows, textChars) = await new LibraryGenerator(connection, writer, random, now).RunAsync(main.Id, authors, owners, documentCount, ct);
            Step($"library: {documentRows:N0} documents with {textChars / 1_000_000.0:N0} million characters of extracted text, in the full-text index");
        }

        if (sqliteTransaction is not null)
        {
            await sqliteTransaction.CommitAsync(ct);
        }

        await IndexAsync(app.Services, courses, ct);
        Step($"{courses.Count:N0} courses in the full-text index");
        if (communityTopics > 0)
        {
            await using var scope = app.Services.CreateAsyncScope();
            await using var indexContext = DatabaseMigrator.CreateContext(database);
            var indexed = await community.IndexAsync(scope.ServiceProvider.GetRequiredService<IFullTextIndex>(), indexContext, ct);
            Step($"{indexed:N0} community topics and replies in the full-text index");
        }

        await FinishAsync(connection, ct);
        Step("statistics updated");
        await VerifyAsync(app.Services, users[1].Id, ct);
        Console.WriteLine($"Done in {clock.Elapsed.TotalSeconds:N1} s: {writer.Rows:N0} rows written in bulk.");
    }

    private static IEnumerable<Enrolment> Enrolments(List<EnrolmentPlan> plans, BottegaUser[] users, List<CoursePlan> courses, Network main, Guid[] ids)
    {
        for (var k = 0; k < plans.Count; k++)
        {
            var p = plans[k];
            var user = users[p.Person];
            var course = courses[p.Course];
            var network = course.Owner.Id == main.Id || p.Salt % 2 == 0 ? main : course.Owner;
            var assigned = p.Source == EnrolmentSource.Referent;
            var enrolment = Enrolment.Create(course.Course.Id, user.Id, network.Id, user.OrganizationId, p.Source, assigned ? users[0].Id : null,
                assigned ? DateOnly.FromDateTime(p.At.AddDays(60)) : null, p.Status == EnrolmentStatus.PendingApproval, p.At);
            ids[k] = enrolment.Id;
            var done = Done(p, course);
            if (done > 0)
            {
                enrolment.Touch(course.Objects[done - 1], 600 * done, p.At.AddDays(1 + (p.Salt % 20)));
                enrolment.SetPercent(done * 100 / course.Objects.Length);
            }

            if (p.Status == EnrolmentStatus.Completed)
            {
                enrolment.Complete(CompletedAt(p));
            }
            else if (p.Status == EnrolmentStatus.Withdrawn)
            {
                enrolment.Withdraw();
            }

            yield return enrolment;
        }
    }

    private static IEnumerable<ObjectProgress> Progress(List<EnrolmentPlan> plans, BottegaUser[] users, List<CoursePlan> courses, Guid[] ids)
    {
        for (var k = 0; k < plans.Count; k++)
        {
            var p = plans[k];
            var course = courses[p.Course];
            var done = Done(p, course);
            var started = p.Status == EnrolmentStatus.Active ? Math.Min(course.Objects.Length, done + 1) : done;
            for (var o = 0; o < started; o++)
            {
                var at = p.At.AddHours(o + 1);
                var progress = ObjectProgress.Start(ids[k], course.Objects[o], users[p.Person].Id, at);
                progress.Report(o < done ? 1 : 0.4, 300 + (p.Salt % 300), at);
                if (o < done)
                {
                    progress.Complete(at.AddMinutes(10));
                }

                yield return progress;
            }
        }
    }

    private static IEnumerable<HoursEntry> Hours(List<EnrolmentPlan> plans, BottegaUser[] users, List<CoursePlan> courses, Network main, Guid[] ids)
    {
        for (var k = 0; k < plans.Count; k++)
        {
            var p = plans[k];
            if (p.Status == EnrolmentStatus.Completed)
            {
                var course = courses[p.Course];
                var network = course.Owner.Id == main.Id || p.Salt % 2 == 0 ? main : course.Owner;
                yield return HoursEntry.Create(users[p.Person].Id, DateOnly.FromDateTime(CompletedAt(p)), course.Course.Hours, HoursSource.Course, ids[k],
                    course.Course.Title, network.Id, CompletedAt(p));
            }
        }
    }

    /// <summary>Objects completed: all for a completed enrolment, a few for an active one, none otherwise.</summary>
    private static int Done(EnrolmentPlan p, CoursePlan course) => p.Status switch
    {
        EnrolmentStatus.Completed => course.Objects.Length,
        EnrolmentStatus.Active => p.Salt % 4 == 0 ? 0 : Math.Min(course.Objects.Length - 1, p.Salt % 5),
        _ => 0,
    };

    private static DateTime CompletedAt(EnrolmentPlan p) => p.At.AddDays(2 + (p.Salt % 25));

    private async Task IndexAsync(IServiceProvider services, List<Course> courses, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var index = scope.ServiceProvider.GetRequiredService<IFullTextIndex>();
        await using var context = DatabaseMigrator.CreateContext(database);
        await using var transaction = await context.Database.BeginTransactionAsync(ct);
        foreach (var course in courses)
        {
            await index.UpsertAsync(context, new SearchDocument(CourseCatalogue.SearchKind, course.Id, course.NetworkId, course.Title, course.Summary + "\n" + course.Description), ct);
        }

        await transaction.CommitAsync(ct);
    }

    /// <summary>Reads a person's data back through the app's own contexts, to prove the bulk rows are what EF expects.</summary>
    private async Task VerifyAsync(IServiceProvider services, Guid userId, CancellationToken ct)
    {
        await using var context = DatabaseMigrator.CreateContext(database);
        var user = await context.Users.AsNoTracking().FirstAsync(u => u.Id == userId, ct);
        var enrolment = await context.Set<Enrolment>().AsNoTracking().Where(e => e.UserId == userId && e.Status == EnrolmentStatus.Completed)
            .OrderBy(e => e.CompletedAt).FirstOrDefaultAsync(ct);
        var progress = enrolment is null ? 0 : await context.Set<ObjectProgress>().CountAsync(p => p.EnrolmentId == enrolment.Id && p.Status == ProgressStatus.Completed, ct);
        var hours = await context.Set<HoursEntry>().Where(h => h.UserId == userId).Select(h => (double)h.Hours).ToListAsync(ct);
        var membership = await context.Set<NetworkMembership>().IgnoreQueryFilters().AsNoTracking().FirstAsync(m => m.UserId == userId, ct);

        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BottegaUser>>();
        var found = await users.FindByEmailAsync(PersonEmail(1)) ?? throw new InvalidOperationException("The first learner is not found by e-mail.");
        var passwordOk = await users.CheckPasswordAsync(found, Password);
        Console.WriteLine($"Check: {user.Email} ({user.FullName}, created {user.CreatedAt:u}, {user.CreatedAt.Kind}), membership {membership.Roles}/{membership.Status}, " +
            $"first completed enrolment {enrolment?.CompletedAt:u} with {progress} completed objects, {hours.Count} hours entries totalling {hours.Sum():N1} h, password ok: {passwordOk}.");
        if (!passwordOk || enrolment is null || progress == 0 || hours.Count == 0)
        {
            throw new InvalidOperationException("The generated data does not read back as expected.");
        }
    }

    private async Task RecreateAsync(CancellationToken ct)
    {
        if (database.Provider == DatabaseProvider.Postgres)
        {
            var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString);
            var name = builder.Database ?? throw new InvalidOperationException("The PostgreSQL connection string needs a Database.");
            builder.Database = "postgres";
            builder.Pooling = false;
            await using var admin = new NpgsqlConnection(builder.ConnectionString);
            await admin.OpenAsync(ct);
            await using var command = admin.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
            await command.ExecuteNonQueryAsync(ct);
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            await command.ExecuteNonQueryAsync(ct);
        }
        else
        {
            var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }
        }
    }

    private async Task<DbConnection> OpenBulkConnectionAsync(CancellationToken ct)
    {
        DbConnection connection = database.Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(database.ConnectionString)
            : new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();

        // Rows are consistent by construction: foreign keys are not checked row by row during the load.
        command.CommandText = database.Provider == DatabaseProvider.Postgres
            ? "SET session_replication_role = replica"
            : "PRAGMA foreign_keys = OFF; PRAGMA synchronous = OFF; PRAGMA journal_mode = MEMORY; PRAGMA cache_size = -200000; PRAGMA temp_store = MEMORY";
        await command.ExecuteNonQueryAsync(ct);
        return connection;
    }

    private async Task FinishAsync(DbConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandTimeout = 0;
        var statements = database.Provider == DatabaseProvider.Postgres
            ? new[] { "SET session_replication_role = origin", "VACUUM ANALYZE" }
            : ["PRAGMA journal_mode = WAL", "ANALYZE"];
        foreach (var statement in statements)
        {
            command.CommandText = statement;
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private WebApplication BuildServices()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], EnvironmentName = "Production" });
        builder.Configuration["Database:Provider"] = database.Provider.ToString();
        builder.Configuration["Database:ConnectionString"] = database.ConnectionString;
        builder.Configuration["Database:MigrateOnStart"] = "false";
        builder.Configuration["DataProtection:KeysFolder"] = Path.Combine(Path.GetTempPath(), "bottega-bench-keys");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddPlatform();
        builder.AddOrganizations();
        builder.AddIdentity();
        builder.AddLearning();
        return builder.Build();
    }

    private void Step(string what) => Console.WriteLine($"[{clock.Elapsed.TotalSeconds,7:N1} s] {what}");

    private static string KindName(LearningObjectKind kind) => kind switch
    {
        LearningObjectKind.Page => "Lezione",
        LearningObjectKind.Video => "Video",
        LearningObjectKind.Document => "Documento",
        LearningObjectKind.Quiz => "Verifica finale",
        _ => "Approfondimento",
    };

    private static string Content(LearningObjectKind kind) => kind switch
    {
        LearningObjectKind.Page => ObjectContent.Write(new PageContent { Markdown = "## Lezione\n\n" + Names.Sentences[0] + "\n\n" + Names.Sentences[1] }),
        LearningObjectKind.Video => ObjectContent.Write(new VideoContent { Url = "https://example.org/video.mp4", CompleteAtShare = 0.9 }),
        LearningObjectKind.Document => ObjectContent.Write(new DocumentContent { Url = "https://example.org/documento.pdf", Notes = Names.Sentences[2] }),
        LearningObjectKind.Quiz => ObjectContent.Write(new QuizContent { PassingScore = 60, DrawCount = 5 }),
        _ => ObjectContent.Write(new LinkContent { Url = "https://www.agid.gov.it/", Description = Names.Sentences[3] }),
    };

    private sealed record CoursePlan(Course Course, Network Owner, Guid[] Objects);

    private readonly record struct EnrolmentPlan(int Person, int Course, EnrolmentStatus Status, EnrolmentSource Source, DateTime At, int Salt);
}
