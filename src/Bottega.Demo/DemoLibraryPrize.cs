using System.Reflection;
using Bottega.Identity.Domain;
using Bottega.Library.Domain;
using Bottega.Library.Features.Prizes;
using Bottega.Migrations;
using Bottega.Organizations.Domain;
using Bottega.Platform.Localization;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bottega.Demo;

/// <summary>
/// The provinces' innovation prize, run end to end through the library's own services on a clock set back: the call
/// with two categories and a 40/35/25 rubric, six provinces' cases, three jurors who scored them all (the referent
/// declared a conflict on one), and the ranking published five days ago with its winners as good practices and the
/// award badge issued to the winning provinces.
/// </summary>
internal sealed class DemoLibraryPrize(BottegaMigrationsContext db, IServiceProvider services, DateTime now)
{
    public const string CallTitle = "Premio Innovazione negli appalti 2026";

    private static readonly (string Category, string Title, string Summary, string Problem, string Solution, string Results, string Theme)[] Cases =
    [
        (Digital, "Gare telematiche chiuse in trenta giorni", "Una piattaforma unica e modelli standard per tutte le procedure sotto soglia.",
            "Le procedure sotto soglia duravano in media 95 giorni, con documenti diversi per ogni ufficio.",
            "Modelli di disciplinare comuni, firma digitale e verifica dei requisiti tramite il fascicolo virtuale dell'operatore economico.",
            "Durata media scesa a **31 giorni**; ricorsi dimezzati; 240 procedure nel primo anno.", "transizione-digitale"),
        (Digital, "Il fascicolo virtuale al servizio dei comuni", "La stazione unica appaltante verifica i requisiti per 48 comuni con un solo flusso.",
            "I piccoli comuni non riuscivano a verificare i requisiti nei tempi di legge.",
            "Un servizio centralizzato di verifica sul FVOE, con scadenzario condiviso e modelli di richiesta.",
            "Verifiche completate in **7 giorni** invece di 40; 48 comuni serviti.", "transizione-digitale"),
        (Digital, "Programmazione triennale in un cruscotto", "Il programma degli acquisti costruito insieme dagli uffici, con dati aperti.",
            "La programmazione arrivava in ritardo e senza i fabbisogni dei servizi.",
            "Un cruscotto condiviso alimenta il programma triennale e lo pubblica in formato aperto.",
            "Programma approvato **due mesi prima**; il 90% degli acquisti era previsto.", "appalti-e-contratti"),
        (Green, "Criteri ambientali minimi nelle mense scolastiche", "Filiera corta e menù stagionali in un appalto di cinque anni.",
            "Le mense producevano molto spreco e usavano pochi prodotti locali.",
            "Un capitolato con i CAM, punteggi per la filiera corta e un monitoraggio trimestrale degli sprechi.",
            "Spreco ridotto del **38%**; il 60% dei prodotti da aziende entro 70 km.", "ambiente-ed-energia"),
        (Green, "Illuminazione pubblica con contratto di prestazione energetica", "Un partenariato che paga i lavori con il risparmio ottenuto.",
            "Impianti vecchi e bollette in crescita per le strade provinciali.",
            "Un contratto EPC con garanzia di risparmio e penali legate alle misure.",
            "Consumi giù del **62%**; 1.900 tonnellate di CO₂ evitate all'anno.", "ambiente-ed-energia"),
        (Green, "Manutenzione delle strade con materiali riciclati", "Conglomerati con fresato recuperato nelle gare di manutenzione.",
            "Il materiale fresato finiva in discarica e i costi degli inerti crescevano.",
            "Clausole che premiano il riuso del fresato e controlli di laboratorio in cantiere.",
            "Il **45%** del materiale da riciclo; costi a chilometro scesi dell'11%.", "ambiente-ed-energia"),
    ];

    private const string Digital = "Digitalizzazione delle procedure";
    private const string Green = "Appalti sostenibili";

    private readonly Random random = new(2026);

    public static Task<bool> ExistsAsync(BottegaMigrationsContext db, CancellationToken ct) =>
        db.Set<PrizeCall>().IgnoreQueryFilters().AnyAsync(c => c.Title == CallTitle, ct);

    public async Task<int> CreateAsync(CancellationToken ct)
    {
        var network = await db.Set<Network>().SingleAsync(n => n.Slug == DemoAccounts.Provinces, ct);
        var slug = network.Slug;
        var admin = await UserIdAsync(DemoAccounts.AdminOf(slug), ct);
        string[] juryEmails = [DemoAccounts.AdminOf(slug), DemoAccounts.TeacherOf(slug), DemoAccounts.ReferentOf(slug)];
        var jurors = new List<Guid>();
        foreach (var email in juryEmails)
        {
            jurors.Add(await UserIdAsync(email, ct));
        }

        var clock = new Clock(now.AddDays(-60));
        var callId = await DraftAsync(network, clock, admin, juryEmails, ct);
        var submitters = await SubmittersAsync(network.Id, jurors, ct);
        var entries = new List<Guid>();
        foreach (var (submitter, i) in submitters.Select((s, i) => (s, i)))
        {
            clock.Now = now.AddDays(-50 + (i * 4));
            entries.Add(await SubmitAsync(network, clock, callId, Cases[i], submitter, ct));
        }

        clock.Now = now.AddDays(-25);
        await RunAsync<PrizeCallAdministration>(network, clock, s => s.CloseSubmissionsAsync(callId, admin, ct));
        await ScoreAsync(network, clock, callId, entries, jurors, ct);
        clock.Now = now.AddDays(-5);
        await RunAsync<PrizeRanking>(network, clock, s => s.PublishAsync(callId, admin, ct));
        return entries.Count;
    }

    private async Task<Guid> DraftAsync(Network network, Clock clock, Guid admin, string[] juryEmails, CancellationToken ct)
    {
        var callId = await RunAsync<PrizeCallAdministration>(network, clock, s => s.CreateAsync(new PrizeCallForm
        {
            Title = CallTitle,
            Description = """
                Il premio della rete riconosce le province e le città metropolitane che hanno innovato il modo di comprare:
                procedure più rapide e digitali, appalti che riducono l'impatto ambientale.

                I casi vincitori sono pubblicati tra le **buone pratiche** della rete, perché altri enti possano ripeterli.
                """,
            EligibilityText = "Province e città metropolitane aderenti alla rete, con un caso concluso da almeno sei mesi.",
            EligibleKinds = [Organizations.Contracts.OrganizationKind.Province, Organizations.Contracts.OrganizationKind.MetropolitanCity],
            Dates = new PrizeDatesForm
            {
                SubmissionsOpenAt = RomeTime.Of(now.AddDays(-55)).Date.AddHours(9),
                SubmissionsCloseAt = RomeTime.Of(now.AddDays(-25)).Date.AddHours(18),
                ScoringOpensAt = RomeTime.Of(now.AddDays(-24)).Date.AddHours(9),
                ScoringClosesAt = RomeTime.Of(now.AddDays(-6)).Date.AddHours(18),
            },
            WinnersPerCategory = 1,
            AwardName = "Premio Innovazione negli appalti 2026",
            AwardDescription = "Ente vincitore del Premio Innovazione negli appalti 2026 della Rete delle province.",
        }, admin, ct));
        foreach (var category in new[] { Digital, Green })
        {
            await RunAsync<PrizeCallAdministration>(network, clock, s => s.AddCategoryAsync(callId, new PrizeRubricForm { Name = category }, admin, ct));
        }

        foreach (var (name, description, weight) in new[]
        {
            ("Innovatività", "Quanto la soluzione è nuova per la pubblica amministrazione.", 40m),
            ("Risultati misurabili", "Risultati documentati con numeri, prima e dopo.", 35m),
            ("Replicabilità", "Quanto un altro ente può ripeterla con poco sforzo.", 25m),
        })
        {
            await RunAsync<PrizeCallAdministration>(network, clock,
                s => s.AddCriterionAsync(callId, new PrizeRubricForm { Name = name, Description = description, Weight = weight, MaxScore = 10 }, admin, ct));
        }

        foreach (var email in juryEmails)
        {
            await RunAsync<PrizeCallAdministration>(network, clock, s => s.AddJurorAsync(callId, email, admin, ct));
        }

        clock.Now = now.AddDays(-56);
        await RunAsync<PrizeCallAdministration>(network, clock, s => s.OpenAsync(callId, admin, ct));
        return callId;
    }

    private async Task<Guid> SubmitAsync(Network network, Clock clock, Guid callId, (string Category, string Title, string Summary, string Problem, string Solution, string Results, string Theme) item,
        (Guid UserId, Guid OrganizationId) submitter, CancellationToken ct)
    {
        var categoryId = await db.Set<PrizeCategory>().IgnoreQueryFilters().Where(c => c.CallId == callId && c.Name == item.Category).Select(c => c.Id).SingleAsync(ct);
        return await RunAsync<PrizeSubmissions>(network, clock, s => s.SubmitAsync(callId, new PrizeEntryForm
        {
            CategoryId = categoryId,
            OrganizationId = submitter.OrganizationId,
            Title = item.Title,
            Summary = item.Summary,
            Problem = item.Problem,
            Solution = item.Solution,
            Results = item.Results,
            Costs = "Risorse interne dell'ufficio gare e circa 20.000 euro di formazione.",
            Contacts = "Ufficio contratti e appalti",
            Theme = item.Theme,
        }, submitter.UserId, ct));
    }

    /// <summary>Every juror scores every entry over the scoring weeks; the referent declares a conflict on the first.</summary>
    private async Task ScoreAsync(Network network, Clock clock, Guid callId, List<Guid> entries, List<Guid> jurors, CancellationToken ct)
    {
        var criteria = await db.Set<PrizeCriterion>().IgnoreQueryFilters().Where(c => c.CallId == callId).Select(c => c.Id).ToListAsync(ct);
        foreach (var (juror, j) in jurors.Select((id, j) => (id, j)))
        {
            foreach (var (entry, e) in entries.Select((id, e) => (id, e)))
            {
                clock.Now = now.AddDays(-22 + (j * 4) + e).AddHours(10);
                if (j == 2 && e == 0)
                {
                    await RunAsync<JuryScoring>(network, clock, s => s.DeclareConflictAsync(callId, entry, "Lavoro per l'ente che ha presentato il caso.", juror, ct));
                    continue;
                }

                var values = criteria.ToDictionary(c => c, _ => (int?)random.Next(5, 11));
                await RunAsync<JuryScoring>(network, clock, s => s.ScoreAsync(callId, entry, values, "Caso solido e ben documentato.", juror, ct));
            }
        }
    }

    /// <summary>Members of six different provinces (none a juror), each with their organization.</summary>
    private async Task<List<(Guid UserId, Guid OrganizationId)>> SubmittersAsync(Guid networkId, List<Guid> jurors, CancellationToken ct)
    {
        var rows = await db.Set<NetworkMembership>().IgnoreQueryFilters()
            .Where(m => m.NetworkId == networkId && m.Status == MembershipStatus.Active && m.OrganizationId != null && !jurors.Contains(m.UserId))
            .Join(db.Set<Organization>().Where(o => o.Kind == Organizations.Contracts.OrganizationKind.Province), m => m.OrganizationId, o => o.Id,
                (m, o) => new { m.UserId, OrganizationId = o.Id, o.Name })
            .OrderBy(x => x.Name).ThenBy(x => x.UserId).ToListAsync(ct);
        var jurorOrganizations = await db.Set<NetworkMembership>().IgnoreQueryFilters().Where(m => m.NetworkId == networkId && jurors.Contains(m.UserId))
            .Select(m => m.OrganizationId).ToListAsync(ct);
        return [.. rows.Where(r => !jurorOrganizations.Contains(r.OrganizationId)).GroupBy(r => r.OrganizationId).Select(g => g.First())
            .Where((_, i) => i % 9 == 0).Take(Cases.Length).Select(r => (r.UserId, r.OrganizationId))];
    }

    private async Task<Guid> RunAsync<T>(Network network, Clock clock, Func<T, Task<PrizeResult>> action)
    {
        await using var scope = services.CreateAsyncScope();
        TenantScopes.Enter(scope.ServiceProvider, new NetworkRef(network.Id, network.Slug, network.Name));
        var result = await action(Create<T>(scope.ServiceProvider, clock));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The demo prize call could not be seeded: {result.Error}");
        }

        return result.Id;
    }

    private Task<Guid> UserIdAsync(string email, CancellationToken ct)
    {
        var normalized = email.ToUpperInvariant();
        return db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).SingleAsync(ct);
    }

    /// <summary>A feature service on the demo's clock: its constructor's other dependencies come from the scope.</summary>
    private static T Create<T>(IServiceProvider scope, TimeProvider clock)
    {
        var constructor = typeof(T).GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Single();
        var arguments = constructor.GetParameters()
            .Select(p => p.ParameterType == typeof(TimeProvider) ? clock : scope.GetRequiredService(p.ParameterType)).ToArray();
        return (T)constructor.Invoke(arguments);
    }

    private sealed class Clock(DateTime start) : TimeProvider
    {
        public DateTime Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => new(DateTime.SpecifyKind(Now, DateTimeKind.Utc), TimeSpan.Zero);
    }
}
