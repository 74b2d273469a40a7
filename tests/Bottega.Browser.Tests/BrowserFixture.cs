using Bottega.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit;

namespace Bottega.Browser.Tests;

/// <summary>
/// The real app on Kestrel (127.0.0.1, a free port) on its own copy of the demo database, and Debian's Chromium
/// driven by Playwright. Without /usr/bin/chromium the suite is skipped, unless BOTTEGA_REQUIRE_BROWSER=1 (CI),
/// where a missing browser fails.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private TestDatabase? database;
    private IPlaywright? playwright;

    public BottegaAppFactory Factory { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public static bool Available => File.Exists(ChromiumPath);

    public static bool Required => Environment.GetEnvironmentVariable("BOTTEGA_REQUIRE_BROWSER") == "1";

    public async Task InitializeAsync()
    {
        if (!Available)
        {
            if (Required)
            {
                throw new InvalidOperationException($"BOTTEGA_REQUIRE_BROWSER=1 but {ChromiumPath} is missing: apt-get install chromium");
            }

            return;
        }

        database = await TestDatabase.CreateAsync();
        Factory = new BottegaAppFactory(database.Options);
        Factory.UseKestrel(0);
        Factory.StartServer();
        BaseUrl = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh browser context, signed in as <paramref name="email"/> through the test header (null: anonymous).</summary>
    public async Task<IPage> OpenAsync(string? email)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, Locale = "it-IT" });
        if (email is not null)
        {
            await context.SetExtraHTTPHeadersAsync([new KeyValuePair<string, string>(TestAuthHandler.Header, email)]);
        }

        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }

        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
