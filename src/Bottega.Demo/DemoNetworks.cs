using Bottega.Organizations.Contracts;
using Bottega.Organizations.Domain;

namespace Bottega.Demo;

/// <summary>The five demo networks, modelled on the kinds of network Bottega is built for.</summary>
internal static class DemoNetworks
{
    public sealed record Definition(string Slug, string Name, string Description, NetworkKind Kind, JoinPolicy Policy, int People, decimal Fee);

    public static readonly Definition[] All =
    [
        new(DemoAccounts.Rup, "Associazione nazionale RUP",
            "Responsabili unici del progetto di comuni e province: formazione dal vivo sul nuovo codice dei contratti e un forum di mutuo aiuto.",
            NetworkKind.Association, JoinPolicy.Approval, 50, 150m),
        new(DemoAccounts.Academy, "Accademia del Consorzio Langhe e Roero",
            "L'accademia di 50 piccoli comuni, finanziata da una quota annua per comune.",
            NetworkKind.ConsortiumAcademy, JoinPolicy.ThroughOrganization, 50, 600m),
        new(DemoAccounts.Federation, "Federazione e-learning delle Unioni dell'Emilia-Romagna",
            "Percorso di 128 ore sulle competenze digitali del Syllabus per le unioni di comuni della regione.",
            NetworkKind.RegionalFederation, JoinPolicy.ThroughOrganization, 90, 0m),
        new(DemoAccounts.Anci, "ANCI Toscana – Lavoro agile nella PA",
            "Due webinar e un corso in sei moduli sul lavoro agile negli enti locali.",
            NetworkKind.Programme, JoinPolicy.Open, 30, 0m),
        new(DemoAccounts.Provinces, "Rete delle Province per gli appalti",
            "76 province condividono modelli di gara, procedure e buone pratiche.",
            NetworkKind.NetworkOfBodies, JoinPolicy.Approval, 185, 250m),
    ];

    /// <summary>Real unions of municipalities, with their members by name and province abbreviation.</summary>
    public static readonly (string Name, string Province, string[] Municipalities)[] Unions =
    [
        ("Unione della Romagna Faentina", "RA", ["Faenza", "Brisighella", "Casola Valsenio", "Castel Bolognese", "Riolo Terme", "Solarolo"]),
        ("Unione dei Comuni della Bassa Romagna", "RA",
            ["Alfonsine", "Bagnacavallo", "Bagnara di Romagna", "Conselice", "Cotignola", "Fusignano", "Lugo", "Massa Lombarda", "Sant'Agata sul Santerno"]),
        ("Unione Terre di Castelli", "MO",
            ["Castelnuovo Rangone", "Castelvetro di Modena", "Guiglia", "Marano sul Panaro", "Savignano sul Panaro", "Spilamberto", "Vignola", "Zocca"]),
        ("Unione Reno Galliera", "BO",
            ["Argelato", "Bentivoglio", "Castello d'Argile", "Castel Maggiore", "Galliera", "Pieve di Cento", "San Giorgio di Piano", "San Pietro in Casale"]),
    ];

    public static readonly string[] TuscanMunicipalities =
    [
        "Firenze", "Prato", "Pistoia", "Lucca", "Pisa", "Livorno", "Arezzo", "Siena", "Grosseto", "Massa",
        "Carrara", "Empoli", "Viareggio", "Scandicci", "Sesto Fiorentino", "Campi Bisenzio", "Poggibonsi", "Piombino", "Cascina", "Montevarchi",
    ];
}
