using Bottega.Identity.Domain;
using Bottega.Migrations;
using Bottega.Organizations.Domain;
using Bottega.Platform.Auditing;
using Bottega.Platform.Data;
using Bottega.Platform.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bottega.Testing;

/// <summary>Reads the test database directly (all modules, no tenant filter) to arrange and to assert.</summary>
public static class DemoData
{
    public static BottegaMigrationsContext Open(this BottegaAppFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return DatabaseMigrator.CreateContext(factory.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value);
    }

    public static async Task<T> QueryAsync<T>(this BottegaAppFactory factory, Func<BottegaMigrationsContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = factory.Open();
        return await query(db);
    }

    /// <summary>Delivers the outbox's pending domain events (course completions …) as the background worker would.</summary>
    public static Task<int> DeliverOutboxAsync(this BottegaAppFactory factory) =>
        factory.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);

    public static Task<Guid> UserIdAsync(this BottegaAppFactory factory, string email)
    {
        var normalized = Normalize(email);
        return factory.QueryAsync(db => db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).SingleAsync());
    }

    public static Task<Network> NetworkAsync(this BottegaAppFactory factory, string slug) =>
        factory.QueryAsync(db => db.Set<Network>().AsNoTracking().SingleAsync(n => n.Slug == slug));

    public static Task<NetworkMembership?> MembershipAsync(this BottegaAppFactory factory, string slug, string email) =>
        factory.QueryAsync(async db =>
        {
            var network = await db.Set<Network>().SingleAsync(n => n.Slug == slug);
            var normalized = Normalize(email);
            var user = await db.Users.SingleAsync(u => u.NormalizedEmail == normalized);
            return await db.Set<NetworkMembership>().IgnoreQueryFilters().AsNoTracking()
                .SingleOrDefaultAsync(m => m.NetworkId == network.Id && m.UserId == user.Id);
        });

    private static string Normalize(string email) => email.ToUpperInvariant();

    public static Task<List<AuditEntry>> AuditAsync(this BottegaAppFactory factory, string action) =>
        factory.QueryAsync(db => db.Set<AuditEntry>().AsNoTracking().Where(a => a.Action == action).ToListAsync());
}
