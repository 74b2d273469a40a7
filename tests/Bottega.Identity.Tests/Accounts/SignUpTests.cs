using System.Net;
using Bottega.Demo;
using Bottega.Identity.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Identity.Tests.Accounts;

public sealed class SignUpTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Password = "Formazione-2026";

    private static Dictionary<string, string> SignUp(string email) => new()
    {
        ["Input.Email"] = email,
        ["Input.GivenName"] = "Lucia",
        ["Input.FamilyName"] = "Neri",
        ["Input.Password"] = Password,
        ["Input.ConfirmPassword"] = Password,
        ["Input.AcceptPrivacy"] = "true",
    };

    private static Dictionary<string, string> SignIn(string email, string password = Password) => new()
    {
        ["Input.Email"] = email,
        ["Input.Password"] = password,
    };

    [Fact]
    public async Task Newcomer_signs_up_confirms_by_pickup_email_joins_a_network_and_is_approved()
    {
        const string email = "lucia.neri@comune.example.it";
        var browser = app.Factory.ClientFor(null);

        var signedUp = await browser.PostFormAsync("/account/registrati", SignUp(email));
        Assert.Contains("Controlla la tua e-mail", (await signedUp.ParseAsync()).Body!.TextContent, StringComparison.Ordinal);

        var refused = await browser.PostFormAsync("/account/accedi", SignIn(email));
        Assert.Contains("conferma il tuo indirizzo", (await refused.ParseAsync()).Body!.TextContent, StringComparison.Ordinal);

        var confirmation = await browser.GetDocumentAsync(await MailLinks.LinkToAsync(app.Factory.MailFolder, email, "/account/conferma"));
        Assert.Contains("è confermato", confirmation.Body!.TextContent, StringComparison.Ordinal);

        var signedIn = await browser.PostFormAsync("/account/accedi", SignIn(email));
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
        Assert.NotNull((await browser.GetDocumentAsync("/")).QuerySelector("a[href='/profilo']"));

        await browser.PostFormAsync($"/reti/{DemoAccounts.Rup}", $"/reti/{DemoAccounts.Rup}/aderisci", new Dictionary<string, string>());
        var request = await app.Factory.MembershipAsync(DemoAccounts.Rup, email);
        Assert.Equal(MembershipStatus.Pending, request!.Status);
        await app.Factory.ClientFor(DemoAccounts.AdminOf(DemoAccounts.Rup)).PostFormAsync($"/reti/{DemoAccounts.Rup}/richieste",
            $"/reti/{DemoAccounts.Rup}/richieste?handler=Approve", new Dictionary<string, string> { ["membershipId"] = request.Id.ToString() });

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/reti/{DemoAccounts.Rup}/membri")).StatusCode);
    }

    [Fact]
    public async Task Duplicate_email_is_refused_with_a_message_and_creates_nothing()
    {
        var before = await app.Factory.QueryAsync(db => db.Users.CountAsync());

        var response = await app.Factory.ClientFor(null).PostFormAsync("/account/registrati", SignUp(DemoAccounts.Learner));

        Assert.Contains("è già registrato", (await response.ParseAsync()).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await app.Factory.QueryAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Weak_password_and_missing_privacy_acceptance_are_explained()
    {
        var fields = SignUp("debole@comune.example.it");
        fields["Input.Password"] = fields["Input.ConfirmPassword"] = "corta";
        fields.Remove("Input.AcceptPrivacy");

        var text = (await (await app.Factory.ClientFor(null).PostFormAsync("/account/registrati", fields)).ParseAsync()).Body!.TextContent;

        Assert.Contains("informativa privacy", text, StringComparison.Ordinal);
        Assert.False(await app.Factory.QueryAsync(db => db.Users.AnyAsync(u => u.Email == "debole@comune.example.it")));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        var email = DemoAccounts.ModeratorOf(DemoAccounts.Academy);
        var browser = app.Factory.ClientFor(null);
        for (var i = 0; i < 5; i++)
        {
            await browser.PostFormAsync("/account/accedi", SignIn(email, "sbagliata-" + i));
        }

        var response = await browser.PostFormAsync("/account/accedi", SignIn(email, DemoAccounts.Password));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("bloccato", (await response.ParseAsync()).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Password_is_reset_through_the_emailed_link_and_unknown_addresses_get_the_same_answer()
    {
        var email = DemoAccounts.TeacherOf(DemoAccounts.Academy);
        var browser = app.Factory.ClientFor(null);

        var unknown = await browser.PostFormAsync("/account/password-dimenticata", new Dictionary<string, string> { ["Email"] = "nessuno@example.it" });
        var known = await browser.PostFormAsync("/account/password-dimenticata", new Dictionary<string, string> { ["Email"] = email });
        Assert.Equal((await unknown.ParseAsync()).QuerySelector("main")!.TextContent, (await known.ParseAsync()).QuerySelector("main")!.TextContent);

        var link = await MailLinks.LinkToAsync(app.Factory.MailFolder, email, "/account/reimposta-password");
        var reset = await browser.PostFormAsync(link, "/account/reimposta-password", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Code"] = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + link).Query)["code"]!,
            ["Input.Password"] = "Nuova-Password-1",
            ["Input.ConfirmPassword"] = "Nuova-Password-1",
        });
        Assert.Equal("/account/accedi", reset.Headers.Location?.OriginalString);

        Assert.Equal("/", (await browser.PostFormAsync("/account/accedi", SignIn(email, "Nuova-Password-1"))).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Sign_out_is_a_post_that_ends_the_session()
    {
        var browser = app.Factory.ClientFor(null);
        await browser.PostFormAsync("/account/accedi", SignIn(DemoAccounts.Learner, DemoAccounts.Password));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/profilo")).StatusCode);

        await browser.PostFormAsync("/profilo", "/account/esci", new Dictionary<string, string>());

        Assert.True((await browser.GetAsync("/profilo")).IsSignInChallenge());
    }
}
