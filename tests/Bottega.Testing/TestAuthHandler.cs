using System.Text.Encodings.Web;
using Bottega.Identity.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bottega.Testing;

/// <summary>Signs a request in as the account named by the X-Test-User header, with the claims real sign-in would give.</summary>
public sealed class TestAuthHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    UserManager<BottegaUser> users, IUserClaimsPrincipalFactory<BottegaUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string Selector = "TestOrCookie";
    public const string Header = "X-Test-User";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var email = Request.Headers[Header].ToString();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            return AuthenticateResult.Fail($"No account {email}");
        }

        var principal = await principals.CreateAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
