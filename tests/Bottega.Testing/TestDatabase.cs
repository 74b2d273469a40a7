using Bottega.Platform.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Bottega.Testing;

/// <summary>
/// A fresh database per application factory, copied from a template that is migrated and seeded once per test
/// process (a file copy on SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL), so every test class starts from
/// the same demo data in milliseconds.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static DatabaseOptions? template;

    private TestDatabase(DatabaseOptions options, string? postgresName, string? sqliteFile)
    {
        Options = options;
        PostgresName = postgresName;
        SqliteFile = sqliteFile;
    }

    public DatabaseOptions Options { get; }

    private string? PostgresName { get; }

    private string? SqliteFile { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var source = await TemplateAsync();
        if (source.Provider == DatabaseProvider.Postgres)
        {
            var name = "bottega_t_" + Guid.NewGuid().ToString("N")[..16];
            NpgsqlConnection.ClearAllPools();
            await ExecutePostgresAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{TemplateName}\"");
            return new TestDatabase(Postgres(name), name, null);
        }

        var file = Path.Combine(Path.GetTempPath(), $"bottega-test-{Guid.NewGuid():N}.db");
        File.Copy(new SqliteConnectionStringBuilder(source.ConnectionString).DataSource, file);
        return new TestDatabase(Sqlite(file), null, file);
    }

    public async ValueTask DisposeAsync()
    {
        if (PostgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecutePostgresAsync($"DROP DATABASE IF EXISTS \"{PostgresName}\" WITH (FORCE)");
        }
        else if (SqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(SqliteFile + suffix);
            }
        }
    }

    private static string TemplateName => $"bottega_tpl_{Environment.ProcessId}";

    private static async Task<DatabaseOptions> TemplateAsync()
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (template is not null)
            {
                return template;
            }

            DatabaseOptions options;
            if (TestEnvironment.UsePostgres)
            {
                await ExecutePostgresAsync($"DROP DATABASE IF EXISTS \"{TemplateName}\" WITH (FORCE)");
                await ExecutePostgresAsync($"CREATE DATABASE \"{TemplateName}\"");
                options = Postgres(TemplateName);
            }
            else
            {
                options = Sqlite(Path.Combine(Path.GetTempPath(), $"bottega-template-{Environment.ProcessId}-{Guid.NewGuid():N}.db"));
            }

            await using (var factory = new BottegaAppFactory(options, seed: true))
            {
                _ = factory.Services;
            }

            if (options.Provider == DatabaseProvider.Sqlite)
            {
                await using var connection = new SqliteConnection(options.ConnectionString);
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE;";
                await command.ExecuteNonQueryAsync();
                await connection.CloseAsync();
                SqliteConnection.ClearAllPools();
            }
            else
            {
                NpgsqlConnection.ClearAllPools();
            }

            AppDomain.CurrentDomain.ProcessExit += (_, _) => DropTemplate(options);
            return template = options;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    /// <summary>The template lives as long as the test process; nothing is left behind on a developer's server.</summary>
    private static void DropTemplate(DatabaseOptions options)
    {
        if (options.Provider == DatabaseProvider.Postgres)
        {
            NpgsqlConnection.ClearAllPools();
            ExecutePostgresAsync($"DROP DATABASE IF EXISTS \"{TemplateName}\" WITH (FORCE)").GetAwaiter().GetResult();
        }
        else
        {
            SqliteConnection.ClearAllPools();
            File.Delete(new SqliteConnectionStringBuilder(options.ConnectionString).DataSource);
        }
    }

    private static DatabaseOptions Sqlite(string file) =>
        new() { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file}", MigrateOnStart = false };

    private static DatabaseOptions Postgres(string database) =>
        new()
        {
            Provider = DatabaseProvider.Postgres,
            ConnectionString = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresServer) { Database = database }.ConnectionString,
            MigrateOnStart = false,
        };

    private static async Task ExecutePostgresAsync(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresServer) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
