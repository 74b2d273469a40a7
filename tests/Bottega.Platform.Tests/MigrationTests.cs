using Bottega.Migrations;
using Bottega.Platform.Data;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Platform.Tests;

public sealed class MigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Committed_migrations_match_the_model(DatabaseProvider provider)
    {
        using var context = DatabaseMigrator.CreateContext(new DatabaseOptions
        {
            Provider = provider,
            ConnectionString = provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=127.0.0.1;Database=unused",
        });

        Assert.False(context.Database.HasPendingModelChanges(), $"The {provider} model changed without a migration: run scripts/add-migration.sh");
    }

    [Fact]
    public async Task Test_database_built_from_scratch_has_every_migration_applied()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var context = DatabaseMigrator.CreateContext(database.Options);

        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await context.Database.GetAppliedMigrationsAsync());
    }
}
