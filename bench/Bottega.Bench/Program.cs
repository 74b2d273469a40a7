using System.Globalization;
using Bottega.Bench;
using Bottega.Platform.Data;

// bench: generate --provider sqlite|postgres --connection "..." [--scale 1.0] [--topics 50000] [--posts 500000] [--documents 100000]
//        run [--url http://127.0.0.1:5080] [--connections 64] [--duration 20] [--warmup 5] [--network bench-italia] [--scenarios learning|community|library|all]
var command = args.FirstOrDefault();
string Option(string name, string fallback)
{
    var at = Array.IndexOf(args, "--" + name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

switch (command)
{
    case "generate":
        var provider = Option("provider", "sqlite").ToLowerInvariant() switch
        {
            "postgres" or "postgresql" => DatabaseProvider.Postgres,
            _ => DatabaseProvider.Sqlite,
        };
        var options = new DatabaseOptions
        {
            Provider = provider,
            ConnectionString = Option("connection", provider == DatabaseProvider.Postgres
                ? "Host=127.0.0.1;Port=55434;Username=postgres;Database=bottega_bench"
                : "Data Source=data/bench.db"),
            MigrateOnStart = false,
        };
        var scale = double.Parse(Option("scale", "1.0"), CultureInfo.InvariantCulture);
        await new Generator(options, scale,
            int.Parse(Option("topics", "50000"), CultureInfo.InvariantCulture),
            int.Parse(Option("posts", "500000"), CultureInfo.InvariantCulture),
            Option("documents", "") is { Length: > 0 } documents ? int.Parse(documents, CultureInfo.InvariantCulture) : null).RunAsync(cancel.Token);
        return 0;
    case "run":
        var runner = new LoadRunner(
            new Uri(Option("url", "http://127.0.0.1:5080")),
            int.Parse(Option("connections", "64"), CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(double.Parse(Option("duration", "20"), CultureInfo.InvariantCulture)),
            TimeSpan.FromSeconds(double.Parse(Option("warmup", "5"), CultureInfo.InvariantCulture)),
            Option("network", Generator.MainNetwork),
            Option("scenarios", "all"));
        return await runner.RunAsync(cancel.Token);
    default:
        Console.Error.WriteLine("Usage: Bottega.Bench generate --provider sqlite|postgres --connection \"...\" [--scale 1.0] [--topics 50000] [--posts 500000] [--documents 100000]");
        Console.Error.WriteLine("       Bottega.Bench run [--url http://127.0.0.1:5080] [--connections 64] [--duration 20] [--warmup 5] [--network bench-italia] [--scenarios learning|community|library|all]");
        return 2;
}
