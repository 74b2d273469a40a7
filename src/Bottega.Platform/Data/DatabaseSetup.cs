using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Platform.Data;

public static class DatabaseSetup
{
    public static DbContextOptionsBuilder UseBottegaDatabase(this DbContextOptionsBuilder builder, DatabaseOptions options, string? migrationsAssembly = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        switch (options.Provider)
        {
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(options.ConnectionString, o =>
                {
                    if (migrationsAssembly is not null)
                    {
                        o.MigrationsAssembly(migrationsAssembly);
                    }
                });
                break;
            default:
                EnsureSqliteFolder(options.ConnectionString);
                builder.UseSqlite(options.ConnectionString, o =>
                {
                    if (migrationsAssembly is not null)
                    {
                        o.MigrationsAssembly(migrationsAssembly);
                    }
                });
                builder.AddInterceptors(SqlitePragmaInterceptor.Instance);
                break;
        }

        return builder;
    }

    public static DbContextOptionsBuilder<TContext> UseBottegaDatabase<TContext>(this DbContextOptionsBuilder<TContext> builder, DatabaseOptions options, string? migrationsAssembly = null)
        where TContext : DbContext
    {
        ((DbContextOptionsBuilder)builder).UseBottegaDatabase(options, migrationsAssembly);
        return builder;
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
