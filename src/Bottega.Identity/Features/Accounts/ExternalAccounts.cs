using System.Security.Claims;
using Bottega.Identity.Domain;
using Microsoft.AspNetCore.Identity;

namespace Bottega.Identity.Features.Accounts;

public sealed record ExternalOutcome(BottegaUser? User, string? Error);

/// <summary>
/// First sign-in through an external provider: link to the account that holds the same e-mail when the provider
/// vouches for it (email_verified), otherwise create an account from the provider's claims.
/// </summary>
public sealed class ExternalAccounts
{
    private readonly UserManager<BottegaUser> users;
    private readonly TimeProvider time;

    internal ExternalAccounts(UserManager<BottegaUser> users, TimeProvider time)
    {
        this.users = users;
        this.time = time;
    }

    public async Task<ExternalOutcome> LinkOrCreateAsync(ExternalLoginInfo info, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(info);
        var email = info.Principal.FindFirstValue(ClaimTypes.Email) ?? info.Principal.FindFirstValue("email");
        var verified = string.Equals(info.Principal.FindFirstValue("email_verified"), "true", StringComparison.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(email))
        {
            return new ExternalOutcome(null, "Il fornitore di identità non ha comunicato un indirizzo e-mail: registrati con e-mail e password.");
        }

        var user = await users.FindByEmailAsync(email);
        if (user is not null && !verified)
        {
            return new ExternalOutcome(null, "Esiste già un account con questa e-mail: accedi con la password e collega l'accesso esterno dalla pagina Sicurezza.");
        }

        if (user is null)
        {
            user = new BottegaUser { Email = email, UserName = email, EmailConfirmed = verified, CreatedAt = time.GetUtcNow().UtcDateTime };
            user.SetName(
                info.Principal.FindFirstValue(ClaimTypes.GivenName) ?? info.Principal.FindFirstValue("given_name") ?? "",
                info.Principal.FindFirstValue(ClaimTypes.Surname) ?? info.Principal.FindFirstValue("family_name") ?? "");
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                return new ExternalOutcome(null, created.Errors.First().Description);
            }
        }

        var linked = await users.AddLoginAsync(user, info);
        return linked.Succeeded ? new ExternalOutcome(user, null) : new ExternalOutcome(null, linked.Errors.First().Description);
    }
}
