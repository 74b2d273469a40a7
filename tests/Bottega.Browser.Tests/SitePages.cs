using Bottega.Demo;

namespace Bottega.Browser.Tests;

/// <summary>Every page of the site and who visits it in the accessibility sweep. Add a page here in one line.</summary>
public static class SitePages
{
    private const string Rup = DemoAccounts.Rup;
    private static readonly string RupAdmin = DemoAccounts.AdminOf(Rup);

    /// <summary>URL (with {member} for a member's id and {organization} for a union's id) and the visitor's e-mail (null: anonymous).</summary>
    public static readonly (string Url, string? Visitor)[] All =
    [
        ("/", null),
        ("/reti", null),
        ($"/reti/{Rup}", null),
        ("/enti", null),
        ("/enti/{organization}", null),
        ("/accessibilita", null),
        ("/privacy", null),
        ("/errore?codice=404", null),
        ("/account/accedi", null),
        ("/account/registrati", null),
        ("/account/password-dimenticata", null),
        ("/account/reinvia-conferma", null),
        ("/", DemoAccounts.Learner),
        ("/profilo", DemoAccounts.Learner),
        ("/account/sicurezza", DemoAccounts.Learner),
        ("/account/dati", DemoAccounts.Learner),
        ($"/reti/{Rup}", DemoAccounts.Learner),
        ($"/reti/{Rup}/membri", DemoAccounts.Learner),
        ($"/reti/{Rup}/membri/{{member}}", DemoAccounts.Learner),
        ($"/reti/{DemoAccounts.Academy}", DemoAccounts.Learner),
        ($"/reti/{Rup}", RupAdmin),
        ($"/reti/{Rup}/membri/{{member}}", RupAdmin),
        ($"/reti/{Rup}/enti", RupAdmin),
        ($"/reti/{Rup}/richieste", RupAdmin),
        ($"/reti/{Rup}/inviti", RupAdmin),
        ($"/reti/{Rup}/registro", RupAdmin),
        ($"/reti/{Rup}/impostazioni", RupAdmin),
        ("/admin", DemoAccounts.PlatformAdmin),
        ("/admin/registro", DemoAccounts.PlatformAdmin),
        ("/reti/nuova", DemoAccounts.PlatformAdmin),
        ("/enti/nuovo", DemoAccounts.PlatformAdmin),
        ("/accesso-negato", DemoAccounts.Learner),
    ];
}
