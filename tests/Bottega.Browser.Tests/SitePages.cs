using Bottega.Demo;

namespace Bottega.Browser.Tests;

/// <summary>Every page of the site and who visits it in the accessibility sweep. Add a page here in one line.</summary>
public static class SitePages
{
    private const string Rup = DemoAccounts.Rup;
    private const string Federation = DemoAccounts.Federation;
    private static readonly string RupAdmin = DemoAccounts.AdminOf(Rup);
    private static readonly string FederationReferent = DemoAccounts.ReferentOf(Federation);

    /// <summary>URL (with {member} for a member's id, {organization} for a union's id, {course}, {quiz} {certificate} for the demo's first digital-skills course, its quiz and one of its certificates; {badge}/{badgeurl} for the learner's public badge, {achievement} for a federation badge class, {rule} for the demo award rule) and the visitor's e-mail (null: anonymous).</summary>
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
        ($"/reti/{Federation}/corsi", null),
        ($"/reti/{Federation}/corsi?q=digitale&level=1", null),
        ($"/reti/{Federation}/corsi/{{course}}", null),
        ($"/reti/{Federation}/corsi/{{course}}", DemoAccounts.Learner),
        ($"/reti/{Federation}", DemoAccounts.Learner),
        ($"/reti/{Federation}/formazione", DemoAccounts.Learner),
        ($"/reti/{Federation}/formazione/ore", DemoAccounts.Learner),
        ($"/reti/{Federation}/autovalutazione", DemoAccounts.Learner),
        ($"/reti/{Federation}/corsi/{{course}}/assegna", FederationReferent),
        ($"/reti/{Federation}/personale", FederationReferent),
        ($"/reti/{Federation}/personale/corsi/{{course}}", FederationReferent),
        ($"/reti/{Federation}/personale/formazione-esterna", FederationReferent),
        ($"/reti/{Federation}/iscrizioni", DemoAccounts.AdminOf(Federation)),
        ($"/reti/{Federation}/gestione/corsi/{{course}}/quiz/{{quiz}}/domande", DemoAccounts.TeacherOf(Federation)),
        ("/attestati/{certificate}", null),
        ("/verifica", null),
        ("/verifica?url={badgeurl}", null),
        ("/badge", DemoAccounts.Learner),
        ("/badge/{badge}", null),
        ($"/reti/{Federation}/gestione/badge", DemoAccounts.AdminOf(Federation)),
        ($"/reti/{Federation}/gestione/badge/nuovo", DemoAccounts.AdminOf(Federation)),
        ($"/reti/{Federation}/gestione/badge/{{achievement}}", DemoAccounts.AdminOf(Federation)),
        ($"/reti/{Federation}/gestione/badge/{{achievement}}/assegna", DemoAccounts.AdminOf(Federation)),
        ($"/reti/{Federation}/gestione/badge/{{achievement}}/emessi", DemoAccounts.AdminOf(Federation)),
        ($"/reti/{Federation}/gestione/badge/emittente", DemoAccounts.AdminOf(Federation)),
        ($"/reti/{Federation}/gestione/riconoscimenti", DemoAccounts.AdminOf(Federation)),
        ($"/reti/{Federation}/gestione/riconoscimenti/nuova", DemoAccounts.AdminOf(Federation)),
        ($"/reti/{Federation}/gestione/riconoscimenti/{{rule}}", DemoAccounts.AdminOf(Federation)),
        ($"/reti/{Federation}/riconoscimenti", null),
        ($"/reti/{Federation}/riconoscimenti/{{rule}}", null),
    ];
}
