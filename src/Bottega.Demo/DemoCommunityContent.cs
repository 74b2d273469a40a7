using Bottega.Community.Domain;

namespace Bottega.Demo;

/// <summary>What the demo community talks about, network by network.</summary>
internal static class DemoCommunityContent
{
    public sealed record SpacePlan(string Slug, string Name, string Description, SpaceKind Kind = SpaceKind.Theme, bool Private = false);

    public sealed record TopicPlan(string Space, bool Question, string Title, string Body, string[] Tags, IReadOnlyList<string> Replies, int AcceptedReply = -1);

    public sealed record NetworkPlan(string Slug, IReadOnlyList<SpacePlan> Spaces, IReadOnlyList<TopicPlan> Topics);

    public static readonly NetworkPlan[] Networks =
    [
        new(DemoAccounts.Rup,
        [
            new(DemoCommunity.ProcurementSpace, "Procedure di affidamento", "Affidamenti diretti, procedure negoziate, soglie e rotazione: domande e casi concreti."),
            new("esecuzione-del-contratto", "Esecuzione del contratto", "Varianti, revisione dei prezzi, subappalto, collaudo e verifiche."),
            new("piattaforme-e-digitalizzazione", "Piattaforme e digitalizzazione", "Piattaforme di approvvigionamento certificate, fascicolo virtuale, BDNCP."),
            new("gruppo-nuovo-codice", "Gruppo di lavoro: linee guida interne sul nuovo Codice", "Spazio riservato al gruppo che redige le linee guida dell'associazione.", SpaceKind.WorkingGroup, Private: true),
        ],
        [
            new(DemoCommunity.ProcurementSpace, true, "Affidamento diretto sotto i 140.000 euro: serve sempre la rotazione?",
                "Dobbiamo affidare un servizio di manutenzione del verde da **95.000 euro**. Il precedente affidatario ha lavorato bene: possiamo riaffidargli il servizio o il principio di rotazione lo impedisce?",
                ["affidamento-diretto", "rotazione"],
                [
                    "La rotazione si applica quando il nuovo affidamento ha lo stesso oggetto e la stessa fascia del precedente. Puoi derogare motivando in modo puntuale: accurata esecuzione del precedente contratto, qualità della prestazione e prezzi di mercato. Conserva la motivazione nella determina.",
                    "Da noi a Bergamo abbiamo adottato un regolamento interno con le fasce di importo: sotto i 5.000 euro la rotazione non si applica, sopra serve la motivazione. Ve lo condivido volentieri.",
                    "Attenzione anche al divieto di artificioso frazionamento: se il servizio è pluriennale valuta l'importo complessivo.",
                ], AcceptedReply: 0),
            new(DemoCommunity.ProcurementSpace, true, "Procedura negoziata senza bando: quanti operatori invitare per lavori da 600.000 euro?",
                "Per lavori tra 150.000 euro e 1 milione la procedura negoziata richiede la consultazione di almeno cinque operatori? Come li individuate: elenco o indagine di mercato?",
                ["procedura-negoziata", "lavori"],
                [
                    "Sì, almeno cinque operatori, dove esistono, individuati con indagine di mercato o tramite elenchi, nel rispetto della rotazione. Noi usiamo l'elenco della piattaforma regionale.",
                    "Consiglio di pubblicare comunque l'avviso di indagine di mercato sul profilo del committente: riduce le contestazioni.",
                ], AcceptedReply: 0),
            new(DemoCommunity.ProcurementSpace, true, "Affidamento diretto di servizi tecnici di progettazione: serve il preventivo di più operatori?",
                "Per un incarico di progettazione da 60.000 euro è obbligatorio chiedere più preventivi o basta la scelta motivata?",
                ["affidamento-diretto", "servizi-tecnici"],
                [
                    "Non è obbligatorio, ma confrontare due o tre preventivi è la prova migliore della congruità del prezzo. Ricorda il calcolo del corrispettivo secondo il decreto parametri.",
                ], AcceptedReply: 0),
            new(DemoCommunity.ProcurementSpace, false, "Modello di determina a contrarre per affidamento diretto: lo condividiamo?",
                "Propongo di costruire insieme un modello di determina a contrarre semplificata per gli affidamenti diretti. Chi ha una versione aggiornata da cui partire?",
                ["affidamento-diretto", "modelli"],
                [
                    "Ottima idea. Allego la struttura che usiamo: premesse, motivazione della scelta dell'operatore, verifica dei requisiti, CIG, impegno di spesa.",
                    "Aggiungerei la dichiarazione di assenza di conflitto di interessi del RUP.",
                ]),
            new(DemoCommunity.ProcurementSpace, true, "Verifica dei requisiti nell'affidamento diretto sotto i 40.000 euro",
                "Quali verifiche fate sui requisiti generali per gli affidamenti sotto i 40.000 euro? Basta l'autodichiarazione con controlli a campione?",
                ["affidamento-diretto", "requisiti"],
                []),
            new("esecuzione-del-contratto", true, "Revisione dei prezzi: come si calcola la soglia del 5%?",
                "Il contratto prevede la clausola di revisione. L'indice ISTAT è aumentato del 7%: la revisione si applica sull'intero 7% o solo sulla parte eccedente?",
                ["revisione-prezzi"],
                [
                    "La revisione scatta quando la variazione supera il 5% e si riconosce l'80% della parte eccedente. Nel tuo caso: 80% di 2 punti.",
                    "Verifica anche quale indice è indicato nei documenti di gara: per i servizi spesso è l'indice dei prezzi al consumo, per i lavori gli indici sintetici.",
                ], AcceptedReply: 0),
            new("esecuzione-del-contratto", true, "Subappalto a cascata: va autorizzato?",
                "Un subappaltatore chiede di affidare a sua volta una parte delle lavorazioni. Come procedete?",
                ["subappalto"],
                [
                    "Il subappalto a cascata è ammesso salvo che la stazione appaltante lo abbia escluso motivatamente nei documenti di gara; serve comunque l'autorizzazione.",
                ], AcceptedReply: 0),
            new("piattaforme-e-digitalizzazione", true, "Piattaforma certificata non disponibile: come si gestisce la scadenza?",
                "Il giorno di scadenza delle offerte la piattaforma era irraggiungibile per tre ore. Dobbiamo prorogare il termine?",
                ["piattaforme", "digitalizzazione"],
                [
                    "Sì: in caso di malfunzionamento la stazione appaltante sospende o proroga il termine per un periodo proporzionato, dandone comunicazione sulla piattaforma.",
                    "Conservate i log del gestore come prova del malfunzionamento.",
                ], AcceptedReply: 1),
            new("piattaforme-e-digitalizzazione", false, "Fascicolo virtuale dell'operatore economico: esperienze dopo sei mesi",
                "Come vi trovate con il fascicolo virtuale per le verifiche? Da noi i tempi si sono ridotti ma alcuni certificati mancano ancora.",
                ["fascicolo-virtuale", "digitalizzazione"],
                [
                    "Da noi mancano ancora i certificati del casellario per alcune figure: li chiediamo ancora a parte.",
                ]),
            new("gruppo-nuovo-codice", false, "Bozza del capitolo sulla programmazione",
                "Ecco la prima bozza del capitolo sulla programmazione triennale dei lavori e degli acquisti. Commenti entro venerdì.",
                ["programmazione"],
                [
                    "Suggerisco di aggiungere un esempio di scheda per gli acquisti sopra il milione.",
                ]),
        ]),
        new(DemoAccounts.Provinces,
        [
            new("modelli-di-gara", "Modelli di gara", "Bandi tipo, disciplinari, capitolati: come li adattiamo e cosa ha funzionato."),
            new("stazioni-uniche-appaltanti", "Stazioni uniche appaltanti", "Organizzazione delle SUA provinciali, convenzioni con i comuni, qualificazione."),
        ],
        [
            new("modelli-di-gara", true, "Disciplinare per servizi di ingegneria con offerta economicamente più vantaggiosa: criteri condivisi?",
                "Stiamo aggiornando il disciplinare tipo per i servizi di ingegneria. Quali criteri qualitativi usate e con quali pesi?",
                ["disciplinare", "servizi-tecnici"],
                [
                    "Usiamo professionalità e adeguatezza dell'offerta (40 punti), caratteristiche metodologiche (40), ribasso (20).",
                    "Attenzione a non premiare due volte gli stessi elementi tra requisiti e criteri di valutazione.",
                ], AcceptedReply: 0),
            new("stazioni-uniche-appaltanti", false, "Convenzione SUA con i comuni: quanto chiedete come rimborso?",
                "Stiamo rinnovando la convenzione con i comuni del territorio. Il rimborso spese è percentuale sull'importo a base di gara o forfettario?",
                ["convenzioni", "sua"],
                [
                    "Noi chiediamo lo 0,5% con un minimo di 500 euro e un massimo di 10.000.",
                ]),
            new("stazioni-uniche-appaltanti", true, "Qualificazione della stazione appaltante: quali requisiti sono più difficili da raggiungere?",
                "Per la qualificazione di livello L2 abbiamo difficoltà sul numero di gare svolte. Come vi siete organizzati?",
                ["qualificazione", "sua"],
                []),
        ]),
        new(DemoAccounts.Academy,
        [
            new("servizi-demografici", "Servizi demografici", "Anagrafe, stato civile, elettorale: il confronto tra i comuni dell'accademia."),
            new("tributi-locali", "Tributi locali", "IMU, TARI, canone unico: regolamenti e casi."),
        ],
        [
            new("servizi-demografici", true, "Cambio di residenza con ANPR: in quanti giorni chiudete la pratica?",
                "Da quando siamo in ANPR le verifiche della polizia locale richiedono più tempo. Voi rispettate i 45 giorni?",
                ["anpr", "residenza"],
                [
                    "Sì, ma solo perché abbiamo un calendario fisso degli accertamenti con la polizia locale dell'unione.",
                ], AcceptedReply: 0),
            new("tributi-locali", false, "Regolamento TARI 2027: chi ha già recepito il nuovo metodo tariffario?",
                "Condividiamo i testi dei regolamenti approvati per confrontare le agevolazioni.",
                ["tari", "regolamenti"],
                [
                    "Il nostro è stato approvato a marzo; le agevolazioni per le utenze domestiche con ISEE basso sono al 30%.",
                ]),
        ]),
        new(DemoAccounts.Federation,
        [
            new("competenze-digitali", "Competenze digitali", "Il percorso Syllabus di 128 ore: dubbi, materiali, esperienze di chi lo frequenta."),
            new("transizione-digitale", "Transizione digitale degli enti", "Responsabili per la transizione digitale, piano triennale, servizi online."),
        ],
        [
            new("competenze-digitali", true, "Test di autovalutazione Syllabus: si può interrompere e riprendere?",
                "Ho iniziato il test iniziale ma devo interrompere: perdo le risposte date?",
                ["syllabus", "autovalutazione"],
                [
                    "Puoi interrompere tra un'area e l'altra: riprendendo ricominci dall'area successiva con le risposte salvate.",
                ], AcceptedReply: 0),
            new("transizione-digitale", false, "Nomina del responsabile per la transizione digitale nelle unioni",
                "Nelle unioni il responsabile è unico per tutti i comuni o ogni comune nomina il proprio?",
                ["rtd", "unioni"],
                [
                    "La forma associata è ammessa e consigliata per i comuni piccoli: la nomina è dell'unione, con delega dei comuni.",
                ]),
        ]),
        new(DemoAccounts.Anci,
        [
            new("lavoro-agile", "Lavoro agile", "Accordi individuali, regolamenti, strumenti e organizzazione del lavoro per obiettivi."),
        ],
        [
            new("lavoro-agile", true, "Accordo individuale di lavoro agile: quali contenuti minimi?",
                "Stiamo scrivendo il modello di accordo individuale. Oltre a durata e giornate, cosa non può mancare?",
                ["accordo-individuale", "lavoro-agile"],
                [
                    "Fasce di contattabilità e di disconnessione, strumenti di lavoro, obiettivi e modalità di verifica, sicurezza e recesso.",
                    "Noi abbiamo aggiunto l'informativa sulla sicurezza e la protezione dei dati come allegato.",
                ], AcceptedReply: 0),
            new("lavoro-agile", false, "Misurare i risultati del lavoro agile: indicatori che funzionano",
                "Quali indicatori usate nel PIAO per valutare il lavoro agile?",
                ["piao", "lavoro-agile"],
                []),
        ]),
    ];
}
