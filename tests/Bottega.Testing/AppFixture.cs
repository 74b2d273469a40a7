using Xunit;

namespace Bottega.Testing;

/// <summary>One host and one database (a copy of the seeded demo) shared by the tests of a class.</summary>
public sealed class AppFixture : IAsyncLifetime
{
    private TestDatabase? database;

    public BottegaAppFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        Factory = new BottegaAppFactory(database.Options);
        _ = Factory.Services;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }

    /// <summary>A fresh host and database for a test that changes configuration or needs isolation.</summary>
    public static async Task<(BottegaAppFactory Factory, TestDatabase Database)> IsolatedAsync(Action<BottegaAppFactory>? configure = null)
    {
        var database = await TestDatabase.CreateAsync();
        var factory = new BottegaAppFactory(database.Options);
        configure?.Invoke(factory);
        _ = factory.Services;
        return (factory, database);
    }
}
