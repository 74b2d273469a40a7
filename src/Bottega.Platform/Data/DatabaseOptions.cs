namespace Bottega.Platform.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Section "Database". With no configuration Bottega runs on a SQLite file under ./data.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string ConnectionString { get; set; } = "Data Source=data/bottega.db";

    /// <summary>Apply pending migrations when the host starts (development and the embedded default).</summary>
    public bool MigrateOnStart { get; set; } = true;
}
