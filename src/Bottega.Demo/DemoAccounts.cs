namespace Bottega.Demo;

/// <summary>The demo's well-known accounts and networks (printed at start-up, used by the tests).</summary>
public static class DemoAccounts
{
    public const string Password = "Bottega-Demo-2026";
    public const string Domain = "bottega.demo";
    public const string PlatformAdmin = "admin@bottega.demo";
    public const string Learner = "utente@bottega.demo";

    /// <summary>Marco Ferrari, RUP in Bergamo, member of the RUP association: follows the procurement space and answers the learner's question.</summary>
    public const string Colleague = "collega@bottega.demo";

    public const string Rup = "rup-italia";
    public const string Academy = "accademia-langhe-roero";
    public const string Federation = "federazione-unioni-emilia-romagna";
    public const string Anci = "anci-toscana-lavoro-agile";
    public const string Provinces = "rete-province-appalti";

    public static readonly string[] NetworkSlugs = [Rup, Academy, Federation, Anci, Provinces];

    public static string AdminOf(string slug) => $"admin.{slug}@{Domain}";

    public static string TeacherOf(string slug) => $"docente.{slug}@{Domain}";

    public static string ModeratorOf(string slug) => $"moderatore.{slug}@{Domain}";

    public static string ReferentOf(string slug) => $"referente.{slug}@{Domain}";
}
