using System.Reflection;
using Bottega.Library.Domain;
using Bottega.Library.Features.Practices;
using Bottega.Migrations;
using Bottega.Organizations.Contracts;
using Bottega.Organizations.Domain;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bottega.Demo;

/// <summary>
/// Good practices of the provinces' network and of the Emilia-Romagna federation, written and reviewed through the
/// module's own services: published cases from different member organizations (so different regions) and themes,
/// one waiting for review and one returned to its author with a note. Dates are spread over the past months.
/// </summary>
internal sealed class DemoLibraryPractices(BottegaMigrationsContext db, IServiceProvider services, DateTime now)
{
    public static Task<bool> ExistsAsync(BottegaMigrationsContext db, CancellationToken ct) =>
        db.Set<GoodPractice>().IgnoreQueryFilters().AnyAsync(ct);

    public async Task<int> CreateAsync(CancellationToken ct)
    {
        var networks = await db.Set<Network>().ToDictionaryAsync(n => n.Slug, ct);
        return await SeedAsync(networks[DemoAccounts.Provinces], DemoPracticeCases.All.Count, ct)
            + await SeedAsync(networks[DemoAccounts.Federation], 10, ct);
    }

    private async Task<int> SeedAsync(Network network, int count, CancellationToken ct)
    {
        var admin = await UserIdAsync(DemoAccounts.AdminOf(network.Slug), ct);
        var author = await UserIdAsync(DemoAccounts.TeacherOf(network.Slug), ct);
        await using var scope = services.CreateAsyncScope();
        TenantScopes.Enter(scope.ServiceProvider, new NetworkRef(network.Id, network.Slug, network.Name));
        var organizations = await scope.ServiceProvider.GetRequiredService<INetworkDirectory>().ListActiveMemberOrganizationsAsync(network.Id, ct);
        // One organization per region first, so browsing by region has something everywhere it can.
        var spread = organizations.GroupBy(o => o.RegionId).Select(g => g.First()).Concat(organizations).Distinct().ToList();
        var clock = new Clock(now.AddDays(-200));
        var practices = Create<GoodPractices>(scope.ServiceProvider, clock);
        var cases = DemoPracticeCases.All.Take(count).ToList();
        for (var i = 0; i < cases.Count; i++)
        {
            clock.Now = now.AddDays(-180 + (i * 15));
            var form = cases[i].Form(spread[i % spread.Count].Id);
            var created = await practices.CreateAsync(form, [], admin, submit: true, ct);
            clock.Now = clock.Now.AddDays(3);
            await practices.ReviewAsync(created.Id, publish: true, null, admin, ct);
        }

        clock.Now = now.AddDays(-6);
        await practices.CreateAsync(DemoPracticeCases.Waiting.Form(null), [], author, submit: true, ct);
        clock.Now = now.AddDays(-12);
        var returned = await practices.CreateAsync(DemoPracticeCases.Returned.Form(null), [], author, submit: true, ct);
        clock.Now = now.AddDays(-4);
        await practices.ReviewAsync(returned.Id, publish: false,
            "Aggiungete i costi sostenuti e almeno un dato sui risultati (per esempio le pratiche gestite nel primo anno).", admin, ct);
        return cases.Count + 2;
    }

    private Task<Guid> UserIdAsync(string email, CancellationToken ct)
    {
        var normalized = email.ToUpperInvariant();
        return db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).SingleAsync(ct);
    }

    private static T Create<T>(IServiceProvider scope, TimeProvider clock)
    {
        var constructor = typeof(T).GetConstructors(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Single();
        var arguments = constructor.GetParameters().Select(p => p.ParameterType == typeof(TimeProvider) ? clock : scope.GetRequiredService(p.ParameterType)).ToArray();
        return (T)constructor.Invoke(arguments);
    }

    private sealed class Clock(DateTime start) : TimeProvider
    {
        public DateTime Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => new(DateTime.SpecifyKind(Now, DateTimeKind.Utc), TimeSpan.Zero);
    }
}
