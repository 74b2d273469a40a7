using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Bottega.Bench;

/// <summary>
/// Signs in through the real form (antiforgery included) and loads each page with N concurrent connections for a fixed
/// time after a warm-up; prints requests, errors, requests per second and latency percentiles per scenario.
/// </summary>
internal sealed partial class LoadRunner(Uri baseUrl, int connections, TimeSpan duration, TimeSpan warmUp, string network, string which)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        Console.WriteLine($"Signing in {connections} learners and the referent at {baseUrl} ...");
        var learners = new HttpClient[connections];
        for (var i = 0; i < connections; i++)
        {
            learners[i] = await SignInAsync(Generator.PersonEmail(i + 1), ct);
        }

        var referent = await SignInAsync(Generator.ReferentEmail, ct);
        var root = $"/reti/{network}";
        var scenarios = new List<LoadRunnerScenario>();
        if (which is "all" or "learning")
        {
            var courseIds = await CourseIdsAsync(learners[0], ct);
            if (courseIds.Count == 0)
            {
                Console.Error.WriteLine("The catalogue shows no course: was the data set generated for this database?");
                return 2;
            }

            scenarios.Add(new("catalogue search", _ => $"{root}/corsi?q=digitale", learners));
            scenarios.Add(new("course page", n => $"{root}/corsi/{courseIds[n % courseIds.Count]}", learners));
            scenarios.Add(new("my learning", _ => $"{root}/formazione", learners));
            scenarios.Add(new("referent staff hours", _ => $"{root}/personale", Enumerable.Repeat(referent, connections).ToArray()));
        }

        if (which is "all" or "community")
        {
            scenarios.AddRange(await CommunityScenariosAsync(root, learners, ct));
        }

        if (which is "all" or "library")
        {
            scenarios.AddRange(LibraryScenarios.Searches(root, learners));
        }

        Console.WriteLine($"{connections} connections, {warmUp.TotalSeconds:N0} s warm-up, {duration.TotalSeconds:N0} s per scenario.");
        Console.WriteLine($"{"scenario",-22} {"requests",9} {"errors",7} {"rps",8} {"p50",8} {"p90",8} {"p99",8} {"max",8}  (ms)");
        foreach (var scenario in scenarios)
        {
            using var probe = await scenario.Clients[0].GetAsync(scenario.Path(0), ct);
            if (probe.StatusCode == HttpStatusCode.NotFound)
            {
                Console.WriteLine($"{scenario.Name,-22} missing: {scenario.Path(0)} answers 404 in this build");
                continue;
            }

            await LoadAsync(scenario, warmUp, ct);
            var result = await LoadAsync(scenario, duration, ct);
            Print(result, scenario.Name, "");
        }

        if (which is "all" or "library")
        {
            var pdf = LibraryScenarios.BigPdf();
            Console.WriteLine($"A {pdf.Length / 1_048_576.0:N1} MB PDF of text: searches while it is extracted and uploaded.");
            foreach (var (name, round) in LibraryScenarios.Disturbances(root, pdf, referent))
            {
                if (await round(ct) is { } missing)
                {
                    Console.WriteLine($"{name,-22} missing: {missing}");
                    continue;
                }

                using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
                var rounds = 0;
                var disturbing = Task.Run(async () =>
                {
                    while (!stop.IsCancellationRequested && await round(stop.Token) is null)
                    {
                        rounds++;
                    }
                }, CancellationToken.None);
                var search = new LoadRunnerScenario(name, n => LibraryScenarios.SearchPath(root, n), learners);
                await LoadAsync(search, warmUp, ct);
                var result = await LoadAsync(search, duration, ct);
                await stop.CancelAsync();
                await disturbing.ContinueWith(_ => { }, CancellationToken.None);
                Print(result, name, $"  ({rounds} PDF rounds meanwhile)");
            }
        }

        foreach (var client in learners.Append(referent))
        {
            client.Dispose();
        }

        return 0;
    }

    private void Print(Result result, string name, string note) =>
        Console.WriteLine($"{name,-22} {result.Requests,9} {result.Errors,7} {result.Requests / duration.TotalSeconds,8:N1} {result.Percentile(50),8:N1} {result.Percentile(90),8:N1} {result.Percentile(99),8:N1} {result.Percentile(100),8:N1}"
            + note + (result.FirstError is null ? "" : $"  first error: {result.FirstError}"));

    private async Task<Result> LoadAsync(LoadRunnerScenario scenario, TimeSpan length, CancellationToken ct)
    {
        var end = Stopwatch.GetTimestamp() + (long)(length.TotalSeconds * Stopwatch.Frequency);
        var counter = 0;
        var workers = Enumerable.Range(0, connections).Select(async w =>
        {
            var client = scenario.Clients[w];
            var latencies = new List<double>(4096);
            var errors = 0;
            string? firstError = null;
            while (Stopwatch.GetTimestamp() < end)
            {
                var path = scenario.Path(Interlocked.Increment(ref counter));
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead, ct);
                    latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        errors++;
                        firstError ??= $"{(int)response.StatusCode} on {path}";
                    }
                }
                catch (HttpRequestException e)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    errors++;
                    firstError ??= e.Message;
                }
            }

            return (latencies, errors, firstError);
        }).ToList();
        var done = await Task.WhenAll(workers);
        var all = done.SelectMany(d => d.latencies).ToArray();
        Array.Sort(all);
        return new Result(all, done.Sum(d => d.errors), done.Select(d => d.firstError).FirstOrDefault(e => e is not null));
    }

    private async Task<HttpClient> SignInAsync(string email, CancellationToken ct)
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        var client = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
        var form = await client.GetStringAsync("/account/accedi", ct);
        var token = AntiforgeryToken().Match(form);
        if (!token.Success)
        {
            throw new InvalidOperationException("The sign-in form has no antiforgery token.");
        }

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Generator.Password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
        });
        using var response = await client.PostAsync("/account/accedi", content, ct);
        if (response.StatusCode != HttpStatusCode.Redirect && response.StatusCode != HttpStatusCode.Found)
        {
            throw new InvalidOperationException($"Sign-in of {email} failed: {(int)response.StatusCode}.");
        }

        return client;
    }

    /// <summary>
    /// The topic with 200 replies (pinned, so first on its space's page; its four pages of 50 in turn), the space's
    /// topic list, and full-text searches of a few everyday phrases in turn.
    /// </summary>
    private static async Task<List<LoadRunnerScenario>> CommunityScenariosAsync(string root, HttpClient[] learners, CancellationToken ct)
    {
        var space = $"{root}/comunita/{CommunityGenerator.HotSpace}";
        using var response = await learners[0].GetAsync(space, ct);
        var html = response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync(ct) : "";
        var hot = TopicLink().Match(html);
        string[] queries = ["revisione prezzi", "proroga contratto", "affidamento diretto comune", "rendicontazione PNRR", "conservazione digitale"];
        return
        [
            new("topic, 200 replies", n => hot.Success ? $"{root}/comunita/discussioni/{hot.Groups[1].Value}?pagina={1 + (n % 4)}" : $"{root}/comunita/discussioni/{Guid.Empty}", learners),
            new("space topic list", _ => space, learners),
            new("community search", n => $"{root}/comunita/cerca?q={Uri.EscapeDataString(queries[n % queries.Length])}", learners),
        ];
    }

    private async Task<List<Guid>> CourseIdsAsync(HttpClient client, CancellationToken ct)
    {
        var ids = new List<Guid>();
        for (var page = 1; page <= 5; page++)
        {
            var html = await client.GetStringAsync($"/reti/{network}/corsi?Sort=1&Page={page}", ct);
            ids.AddRange(CourseLink().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value)).Where(id => !ids.Contains(id)));
        }

        return ids.Distinct().ToList();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex("/comunita/discussioni/([0-9a-fA-F-]{36})")]
    private static partial Regex TopicLink();

    [GeneratedRegex("/corsi/([0-9a-fA-F-]{36})\"")]
    private static partial Regex CourseLink();



    private sealed record Result(double[] Latencies, int Errors, string? FirstError)
    {
        public int Requests => Latencies.Length;

        public double Percentile(int p) => Latencies.Length == 0 ? 0 : Latencies[Math.Clamp((int)Math.Ceiling(p / 100.0 * Latencies.Length) - 1, 0, Latencies.Length - 1)];
    }
}
