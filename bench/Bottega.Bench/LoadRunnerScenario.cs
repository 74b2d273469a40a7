namespace Bottega.Bench;

/// <summary>A page loaded in turn by every connection: its name, the path of the n-th request, and the signed-in clients.</summary>
internal sealed record LoadRunnerScenario(string Name, Func<int, string> Path, HttpClient[] Clients);
