using System.Net;
using Bottega.Demo;
using Bottega.Testing;
using OtpNet;
using Xunit;

namespace Bottega.Identity.Tests.Accounts;

public sealed class TwoFactorTests(AppFixture app) : IClassFixture<AppFixture>
{
    private static string CodeFor(string formattedKey) =>
        new Totp(Base32Encoding.ToBytes(formattedKey.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant())).ComputeTotp();

    [Fact]
    public async Task Authenticator_is_enabled_with_a_code_then_required_at_sign_in_and_a_recovery_code_works_once()
    {
        var email = DemoAccounts.ReferentOf(DemoAccounts.Rup);
        var browser = app.Factory.ClientFor(null);
        await browser.PostFormAsync("/account/accedi", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = DemoAccounts.Password });

        var setup = await browser.GetDocumentAsync("/account/sicurezza");
        Assert.NotNull(setup.QuerySelector("svg"));
        var key = setup.QuerySelector("#chiave")!.TextContent;

        var wrong = await browser.PostFormAsync("/account/sicurezza", "/account/sicurezza?handler=Enable", new Dictionary<string, string> { ["code"] = "000000" });
        Assert.Contains("non è corretto", (await wrong.ParseAsync()).Body!.TextContent, StringComparison.Ordinal);
        var enabled = await browser.PostFormAsync("/account/sicurezza", "/account/sicurezza?handler=Enable", new Dictionary<string, string> { ["code"] = CodeFor(key) });
        var recoveryCodes = (await enabled.ParseAsync()).QuerySelectorAll("#codici-recupero code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, recoveryCodes.Count);

        await browser.PostFormAsync("/profilo", "/account/esci", new Dictionary<string, string>());
        var password = await browser.PostFormAsync("/account/accedi", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = DemoAccounts.Password });
        Assert.StartsWith("/account/accedi-2fa", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.True((await browser.GetAsync("/profilo")).IsSignInChallenge());

        var second = await browser.PostFormAsync("/account/accedi-2fa", new Dictionary<string, string> { ["Code"] = CodeFor(key) });
        Assert.Equal("/", second.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/profilo")).StatusCode);

        var other = app.Factory.ClientFor(null);
        async Task<HttpResponseMessage> SignInWithRecoveryAsync()
        {
            await other.PostFormAsync("/account/accedi", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = DemoAccounts.Password });
            return await other.PostFormAsync("/account/accedi-codice-recupero", new Dictionary<string, string> { ["Code"] = recoveryCodes[0] });
        }

        Assert.Equal("/", (await SignInWithRecoveryAsync()).Headers.Location?.OriginalString);
        await other.PostFormAsync("/profilo", "/account/esci", new Dictionary<string, string>());
        var reused = await SignInWithRecoveryAsync();
        Assert.Contains("già stato usato", (await reused.ParseAsync()).Body!.TextContent, StringComparison.Ordinal);
    }
}
