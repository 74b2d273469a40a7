using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Bottega.Identity;

/// <summary>Maps <see cref="ExternalProviderOptions"/> onto the OpenID Connect handler: code flow with PKCE, acr_values.</summary>
internal static class ExternalProviders
{
    public static void Configure(OpenIdConnectOptions o, ExternalProviderOptions provider)
    {
        o.SignInScheme = IdentityConstants.ExternalScheme;
        o.Authority = provider.Authority;
        o.ClientId = provider.ClientId;
        o.ClientSecret = provider.ClientSecret;
        o.ResponseType = OpenIdConnectResponseType.Code;
        o.ResponseMode = OpenIdConnectResponseMode.Query;
        o.UsePkce = provider.UsePkce;
        o.RequireHttpsMetadata = provider.RequireHttpsMetadata;
        o.CallbackPath = $"/signin-{provider.Scheme}";
        o.SaveTokens = false;
        o.GetClaimsFromUserInfoEndpoint = true;
        o.MapInboundClaims = false;
        o.Scope.Clear();
        foreach (var scope in provider.Scopes)
        {
            o.Scope.Add(scope);
        }

        o.ClaimActions.MapUniqueJsonKey(ClaimTypes.GivenName, provider.GivenNameClaim);
        o.ClaimActions.MapUniqueJsonKey(ClaimTypes.Surname, provider.FamilyNameClaim);
        o.TokenValidationParameters.NameClaimType = "name";
        o.Events.OnRedirectToIdentityProvider = context =>
        {
            if (!string.IsNullOrWhiteSpace(provider.AcrValues))
            {
                context.ProtocolMessage.AcrValues = provider.AcrValues;
            }

            return Task.CompletedTask;
        };
    }
}
