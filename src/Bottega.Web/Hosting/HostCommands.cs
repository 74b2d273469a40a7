using Bottega.Demo;
using Bottega.Learning;
using Bottega.Migrations;
using Bottega.Organizations.Territory;
using Bottega.Platform.Data;
using Microsoft.Extensions.Options;

namespace Bottega.Web.Hosting;

/// <summary>
/// Commands of the host, for production and operators:
/// <c>migrate</c>, <c>import-territory [file.csv]</c>, <c>seed-demo</c>.
/// </summary>
internal static class HostCommands
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        // A command is the first argument; options such as --urls or Database:Provider=… may follow it or stand alone.
        var command = args.Length > 0 && !args[0].StartsWith('-') && !args[0].Contains('=', StringComparison.Ordinal) ? args[0] : null;
        if (command is null)
        {
            return false;
        }

        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        switch (command)
        {
            case "migrate":
                await DatabaseMigrator.MigrateAsync(database, CancellationToken.None);
                await LearningModule.EnsureReferenceDataAsync(services, CancellationToken.None);
                Console.WriteLine($"Database migrated ({database.Provider}); reference frameworks in place.");
                return true;
            case "import-territory":
                var file = args.Skip(1).FirstOrDefault(a => !a.StartsWith('-') && !a.Contains('=', StringComparison.Ordinal));
                var content = file is null ? TerritoryImporter.EmbeddedDataset() : await File.ReadAllBytesAsync(file);
                try
                {
                    var result = await services.GetRequiredService<TerritoryImporter>().ImportAsync(content, CancellationToken.None);
                    Console.WriteLine($"Territory imported: {result.Regions} regions, {result.Provinces} provinces, {result.Municipalities} municipalities ({result.Created} created, {result.Renamed} renamed).");
                }
                catch (TerritoryImportException e)
                {
                    Console.Error.WriteLine(e.Message);
                    Environment.ExitCode = 2;
                }

                return true;
            case "seed-demo":
                await services.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
                return true;
            default:
                Console.Error.WriteLine($"Unknown command \"{command}\". Commands: migrate, import-territory [file.csv], seed-demo.");
                Environment.ExitCode = 2;
                return true;
        }
    }
}
