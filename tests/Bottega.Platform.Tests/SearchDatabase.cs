using Bottega.Migrations;
using Bottega.Platform.Data;
using Bottega.Platform.Search;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Bottega.Platform.Tests;

/// <summary>A migrated database (SQLite or PostgreSQL, as the run asks) and the index its provider registers.</summary>
public sealed class SearchDatabase : IAsyncLifetime
{
    private TestDatabase? database;
    private ServiceProvider? services;

    public IFullTextIndex Index { get; private set; } = null!;

    public DatabaseOptions Options => database!.Options;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        services = new ServiceCollection().AddSingleton(Microsoft.Extensions.Options.Options.Create(database.Options)).AddFullTextSearch().BuildServiceProvider();
        Index = services.GetRequiredService<IFullTextIndex>();
    }

    /// <summary>A caller's context: any context on the database will do, the index writes raw SQL through it.</summary>
    public DbContext CreateContext() => DatabaseMigrator.CreateContext(database!.Options);

    public async Task DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
