using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Bottega.Platform.Data;

/// <summary>WAL, a busy timeout and foreign keys on every SQLite connection, so concurrent requests wait instead of failing.</summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public static readonly SqlitePragmaInterceptor Instance = new();

    private const string ReadPragmas = "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;";
    private const string WritePragmas = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; " + ReadPragmas;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = PragmasFor(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = PragmasFor(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // EF opens read-only connections to check that the database exists; switching those to WAL would fail.
    private static string PragmasFor(DbConnection connection) =>
        new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly ? ReadPragmas : WritePragmas;
}
