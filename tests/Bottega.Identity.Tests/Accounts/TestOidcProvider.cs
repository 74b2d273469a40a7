using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Bottega.Identity.Tests.Accounts;

/// <summary>
/// A real OpenID Connect provider (OpenIddict) on 127.0.0.1: authorization code flow with PKCE, discovery, JWKS,
/// token and userinfo endpoints. Its authorization endpoint signs in <see cref="Person"/> at once, the way a SPID/CIE
/// provider would after the person authenticates, and records the acr_values it was asked for.
/// </summary>
internal sealed class TestOidcProvider : IAsyncDisposable
{
    public const string ClientId = "bottega";
    public const string ClientSecret = "bottega-secret-for-tests";

    private readonly WebApplication app;

    private TestOidcProvider(WebApplication app) => this.app = app;

    public sealed record PersonClaims(string Subject, string Email, bool EmailVerified, string GivenName, string FamilyName);

    public PersonClaims Person { get; set; } = new("cie-0001", "maria.verdi@comune.example.it", true, "Maria", "Verdi");

    public ConcurrentQueue<string?> RequestedAcr { get; } = new();

    public string Authority => app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/";

    public static async Task<TestOidcProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddOpenIddict().AddServer(o =>
        {
            o.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token").SetUserInfoEndpointUris("connect/userinfo");
            o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            o.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email);
            o.AddEphemeralEncryptionKey().AddEphemeralSigningKey().DisableAccessTokenEncryption();
            o.EnableDegradedMode();
            o.AddEventHandler<OpenIddictServerEvents.ValidateAuthorizationRequestContext>(h => h.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId)
                {
                    context.Reject(Errors.InvalidClient, "Unknown client.");
                }

                return default;
            }));
            o.AddEventHandler<OpenIddictServerEvents.ValidateTokenRequestContext>(h => h.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId || context.ClientSecret != ClientSecret)
                {
                    context.Reject(Errors.InvalidClient, "Bad client credentials.");
                }

                return default;
            }));
            o.UseAspNetCore().DisableTransportSecurityRequirement()
                .EnableAuthorizationEndpointPassthrough().EnableTokenEndpointPassthrough().EnableUserInfoEndpointPassthrough();
        });
        builder.Services.AddAuthentication();
        var provider = new TestOidcProvider(builder.Build());
        provider.Map();
        await provider.app.StartAsync();
        return provider;
    }

    private void Map()
    {
        app.MapGet("/connect/authorize", (HttpContext context) =>
        {
            var request = context.GetOpenIddictServerRequest()!;
            RequestedAcr.Enqueue(request.AcrValues);
            var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
            identity.SetClaim(Claims.Subject, Person.Subject).SetClaim(Claims.Email, Person.Email)
                .SetClaim(Claims.EmailVerified, Person.EmailVerified)
                .SetClaim(Claims.GivenName, Person.GivenName).SetClaim(Claims.FamilyName, Person.FamilyName)
                .SetClaim(Claims.Name, $"{Person.GivenName} {Person.FamilyName}");
            identity.SetScopes(request.GetScopes());
            identity.SetDestinations(_ => [Destinations.IdentityToken, Destinations.AccessToken]);
            return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });
        app.MapPost("/connect/token", async (HttpContext context) =>
        {
            var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            return Results.SignIn(result.Principal!, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });
        app.MapMethods("/connect/userinfo", ["GET", "POST"], async (HttpContext context) =>
        {
            var result = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var principal = result.Principal!;
            return Results.Json(new Dictionary<string, object?>
            {
                [Claims.Subject] = principal.GetClaim(Claims.Subject),
                [Claims.Email] = principal.GetClaim(Claims.Email),
                [Claims.EmailVerified] = Person.EmailVerified,
                [Claims.GivenName] = principal.GetClaim(Claims.GivenName),
                [Claims.FamilyName] = principal.GetClaim(Claims.FamilyName),
            });
        });
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
