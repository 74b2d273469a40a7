using Bottega.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Bottega.Migrations;

/// <summary>Used by dotnet-ef only (scripts/add-migration.sh); the connection is never opened to generate a migration.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteMigrationsContext>
{
    public SqliteMigrationsContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteMigrationsContext>()
            .UseBottegaDatabase(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=design.db" }, typeof(SqliteDesignTimeFactory).Assembly.FullName).Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresMigrationsContext>
{
    public PostgresMigrationsContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresMigrationsContext>()
            .UseBottegaDatabase(new DatabaseOptions { Provider = DatabaseProvider.Postgres, ConnectionString = "Host=127.0.0.1;Database=bottega_design" }, typeof(PostgresDesignTimeFactory).Assembly.FullName).Options);
}
