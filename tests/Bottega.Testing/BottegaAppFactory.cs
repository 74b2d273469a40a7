using Bottega.Platform.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Bottega.Testing;

/// <summary>
/// The real host on a database of its own. Requests carrying <see cref="TestAuthHandler.Header"/> are signed in as
/// that e-mail's account (real roles and memberships from the database); others use the real cookie sign-in.
/// </summary>
public class BottegaAppFactory : WebApplicationFactory<Program>
{
    private readonly DatabaseOptions database;
    private readonly bool seed;
    private readonly Dictionary<string, string?> settings = new(StringComparer.Ordinal);

    public BottegaAppFactory(DatabaseOptions database, bool seed = false)
    {
        this.database = database;
        this.seed = seed;
        MailFolder = Path.Combine(Path.GetTempPath(), $"bottega-mail-{Guid.NewGuid():N}");
    }

    public string MailFolder { get; }

    /// <summary>Overrides a configuration value before the host starts (e.g. a low rate limit).</summary>
    public BottegaAppFactory With(string key, string? value)
    {
        settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", database.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", database.ConnectionString);
        builder.UseSetting("Database:MigrateOnStart", seed ? "true" : "false");
        builder.UseSetting("Demo:Seed", seed ? "true" : "false");
        builder.UseSetting("Email:PickupFolder", MailFolder);
        // Shared by the factories of a test process: their databases are copies of one seeded template that refers to these
        // files and holds issuer keys encrypted with these data-protection keys.
        builder.UseSetting("DataProtection:KeysFolder", Path.Combine(Path.GetTempPath(), $"bottega-test-keys-{Environment.ProcessId}"));
        builder.UseSetting("Files:Folder", Path.Combine(Path.GetTempPath(), $"bottega-test-files-{Environment.ProcessId}"));
        builder.UseSetting("RateLimits:SignInPerMinute", "10000");
        builder.UseSetting("RateLimits:PublicPerMinute", "10000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Tests deliver domain events when they choose (DeliverOutboxAsync), so what they assert is deterministic.
        builder.UseSetting("Outbox:Enabled", "false");
        builder.UseSetting("Credentials:PublicBaseUrl", "https://localhost");
        // Scheduled jobs would run at random moments in the middle of tests; a test that wants them sets Jobs:Enabled.
        builder.UseSetting("Jobs:Enabled", "false");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, TestAuthHandler>(TestAuthHandler.SchemeName, _ => { });
            services.AddAuthentication()
                .AddPolicyScheme(TestAuthHandler.Selector, null, o => o.ForwardDefaultSelector = context =>
                    context.Request.Headers.ContainsKey(TestAuthHandler.Header) ? TestAuthHandler.SchemeName : IdentityConstants.ApplicationScheme);
            services.PostConfigure<AuthenticationOptions>(o =>
            {
                o.DefaultScheme = TestAuthHandler.Selector;
                o.DefaultAuthenticateScheme = TestAuthHandler.Selector;
            });
        });
    }

    /// <summary>A client signed in as the account with this e-mail; redirects are not followed.</summary>
    public HttpClient ClientFor(string? email)
    {
        // https, as in production: remote sign-in sets its correlation cookies Secure.
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        if (email is not null)
        {
            client.DefaultRequestHeaders.Add(TestAuthHandler.Header, email);
        }

        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(MailFolder))
        {
            Directory.Delete(MailFolder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }
}
