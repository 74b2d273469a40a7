using Bottega.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Migrations;

/// <summary>Applies the committed migrations of the configured provider.</summary>
public static class DatabaseMigrator
{
    public static BottegaMigrationsContext CreateContext(DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var assembly = typeof(DatabaseMigrator).Assembly.FullName;
        return options.Provider == DatabaseProvider.Postgres
            ? new PostgresMigrationsContext(new DbContextOptionsBuilder<PostgresMigrationsContext>().UseBottegaDatabase(options, assembly).Options)
            : new SqliteMigrationsContext(new DbContextOptionsBuilder<SqliteMigrationsContext>().UseBottegaDatabase(options, assembly).Options);
    }

    public static async Task MigrateAsync(DatabaseOptions options, CancellationToken cancellationToken)
    {
        await using var context = CreateContext(options);
        await context.Database.MigrateAsync(cancellationToken);
    }
}
