namespace Bottega.Bench;

/// <summary>Words the generated people and courses are made of.</summary>
internal static class Names
{
    public static readonly string[] Given =
    [
        "Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro", "Sara", "Andrea", "Elena", "Matteo", "Valentina", "Davide",
        "Martina", "Simone", "Federica", "Stefano", "Laura", "Paolo", "Silvia", "Giorgio", "Anna", "Roberto", "Marta", "Fabio",
        "Ilaria", "Riccardo", "Elisa", "Nicola", "Giovanna", "Antonio", "Roberta", "Giuseppe", "Paola", "Salvatore", "Beatrice",
    ];

    public static readonly string[] Family =
    [
        "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo",
        "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti", "Barbieri", "Fontana", "Santoro",
        "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini", "Leone", "Longo", "Gentile", "Martinelli", "Vitale",
    ];

    public static readonly string[] Topics =
    [
        "Competenze digitali per la PA", "Identità digitale e servizi online", "Sicurezza informatica", "Protezione dei dati personali",
        "Appalti pubblici e codice dei contratti", "Lavoro agile", "Comunicazione pubblica", "Trasformazione digitale",
        "Gestione documentale e conservazione digitale", "Accessibilità dei siti web", "Project management", "Anticorruzione e trasparenza",
        "Bilancio armonizzato", "Open data", "Firma digitale e PEC", "Cittadinanza digitale", "Piattaforme abilitanti: SPID, CIE, pagoPA",
        "Leadership e gestione dei collaboratori", "Benessere organizzativo", "Intelligenza artificiale nella PA", "Cloud della PA",
        "Servizi digitali ai cittadini", "Fondi europei e PNRR", "Controllo di gestione", "Procedimento amministrativo",
    ];

    public static readonly string[] Angles =
    [
        "introduzione", "corso base", "livello intermedio", "approfondimento", "laboratorio pratico", "casi di studio", "aggiornamento",
        "per dirigenti", "per gli uffici tecnici", "per i servizi demografici", "percorso guidato", "strumenti e metodi",
    ];

    public static readonly string[] Sentences =
    [
        "Il corso accompagna i dipendenti pubblici nell'uso consapevole degli strumenti digitali.",
        "Si affrontano le norme, le linee guida e le buone pratiche delle amministrazioni italiane.",
        "Ogni modulo alterna brevi lezioni, video, documenti di approfondimento ed esercitazioni.",
        "Alla fine un questionario verifica le competenze acquisite e rilascia l'attestato.",
        "Gli esempi vengono dai comuni, dalle province e dalle unioni che hanno già innovato i propri servizi.",
        "Il percorso è coerente con il Syllabus delle competenze digitali per la pubblica amministrazione.",
        "La formazione vale per le ore annuali previste dalla direttiva sulla formazione del personale.",
        "Si lavora su procedimenti reali: protocollo, pratiche edilizie, servizi sociali, tributi.",
    ];
}
