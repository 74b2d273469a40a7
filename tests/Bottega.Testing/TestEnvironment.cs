namespace Bottega.Testing;

/// <summary>
/// What the test run asks for. BOTTEGA_TEST_DB=sqlite|postgres picks the database; BOTTEGA_TEST_PG is the
/// PostgreSQL server's connection string (without a database). On CI (CI=true) a missing service fails the run.
/// </summary>
public static class TestEnvironment
{
    public static bool UsePostgres => string.Equals(Environment.GetEnvironmentVariable("BOTTEGA_TEST_DB"), "postgres", StringComparison.OrdinalIgnoreCase);

    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("BOTTEGA_TEST_PG") ?? "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
