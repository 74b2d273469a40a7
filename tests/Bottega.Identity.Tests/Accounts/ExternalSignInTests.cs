using System.Net;
using Bottega.Demo;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Identity.Tests.Accounts;

/// <summary>Sign-in through a real OpenID Connect provider on 127.0.0.1, configured as a SPID/CIE provider would be.</summary>
public sealed class ExternalSignInTests : IAsyncLifetime
{
    private const string Acr = "https://www.spid.gov.it/SpidL2";
    private TestOidcProvider provider = null!;
    private BottegaAppFactory factory = null!;
    private TestDatabase database = null!;

    public async Task InitializeAsync()
    {
        provider = await TestOidcProvider.StartAsync();
        (factory, database) = await AppFixture.IsolatedAsync(f => f
            .With("Identity:ExternalProviders:0:Scheme", "cie")
            .With("Identity:ExternalProviders:0:DisplayName", "CIE")
            .With("Identity:ExternalProviders:0:Authority", provider.Authority)
            .With("Identity:ExternalProviders:0:ClientId", TestOidcProvider.ClientId)
            .With("Identity:ExternalProviders:0:ClientSecret", TestOidcProvider.ClientSecret)
            .With("Identity:ExternalProviders:0:AcrValues", Acr)
            .With("Identity:ExternalProviders:0:RequireHttpsMetadata", "false"));
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await database.DisposeAsync();
        await provider.DisposeAsync();
    }

    /// <summary>Walks the redirects as a browser would: Bottega → provider (real HTTP) → Bottega's callback.</summary>
    private async Task<HttpClient> SignInThroughProviderAsync()
    {
        var bottega = factory.ClientFor(null);
        var page = await bottega.GetDocumentAsync("/account/accedi");
        Assert.NotNull(page.QuerySelector("button[name=provider][value=cie]"));

        var challenge = await bottega.PostFormAsync("/account/accedi", "/account/esterno", new Dictionary<string, string> { ["provider"] = "cie" });
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        Assert.StartsWith(provider.Authority, challenge.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);

        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var browserAtProvider = new HttpClient(handler);
        var back = await browserAtProvider.GetAsync(challenge.Headers.Location);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);

        var callback = await bottega.GetAsync(back.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        var done = await bottega.GetAsync(callback.Headers.Location!.OriginalString);
        Assert.Equal("/", done.Headers.Location?.OriginalString);
        return bottega;
    }

    [Fact]
    public async Task New_person_gets_an_account_from_the_provider_claims()
    {
        var bottega = await SignInThroughProviderAsync();

        Assert.Equal(HttpStatusCode.OK, (await bottega.GetAsync("/profilo")).StatusCode);
        var user = await factory.QueryAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == provider.Person.Email));
        Assert.Equal(("Maria", "Verdi", true), (user.GivenName, user.FamilyName, user.EmailConfirmed));
        Assert.Equal("cie", await factory.QueryAsync(db => db.UserLogins.Where(l => l.UserId == user.Id).Select(l => l.LoginProvider).SingleAsync()));
        Assert.Contains(Acr, provider.RequestedAcr);
    }

    [Fact]
    public async Task Verified_email_of_an_existing_account_is_linked_not_duplicated()
    {
        provider.Person = provider.Person with { Subject = "cie-0002", Email = DemoAccounts.Learner };
        var accounts = await factory.QueryAsync(db => db.Users.CountAsync());

        await SignInThroughProviderAsync();

        Assert.Equal(accounts, await factory.QueryAsync(db => db.Users.CountAsync()));
        var learner = await factory.UserIdAsync(DemoAccounts.Learner);
        Assert.Equal("cie-0002", await factory.QueryAsync(db => db.UserLogins.Where(l => l.UserId == learner).Select(l => l.ProviderKey).SingleAsync()));
    }
}
