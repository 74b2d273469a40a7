using Bottega.Library.Features.Practices;

namespace Bottega.Demo;

/// <summary>The written content of the demo's good practices (Italian, with realistic figures).</summary>
internal static class DemoPracticeCases
{
    public sealed record Case(string Title, string Theme, string Summary, string Problem, string Solution, string Results, string Costs, string Tags)
    {
        public PracticeForm Form(Guid? organizationId) => new()
        {
            Title = Title,
            Theme = Theme,
            Summary = Summary,
            Problem = Problem,
            Solution = Solution,
            Results = Results,
            Costs = Costs,
            Contacts = "Ufficio innovazione – innovazione@ente.example – 051 000 0000",
            Tags = Tags,
            OrganizationId = organizationId,
        };
    }

    public static readonly IReadOnlyList<Case> All =
    [
        new("Centrale unica di committenza tra 12 comuni: tempi di gara dimezzati", "appalti-e-contratti",
            "Dodici comuni hanno affidato a una centrale unica le gare sopra i 140.000 euro: tempi medi da 190 a 95 giorni.",
            "Ogni comune bandiva da solo con uffici di una o due persone; le gare si fermavano per errori formali e ricorsi.",
            "- Convenzione tra i comuni e la provincia\n- Un ufficio di 5 persone con RUP qualificati\n- Modelli di atti comuni e calendario delle gare",
            "**Tempi medi** di aggiudicazione da 190 a 95 giorni; **ricorsi** da 9 a 2 l'anno; 64 gare gestite nel primo anno.",
            "85.000 euro l'anno di personale, ripartiti tra i comuni in base agli abitanti.", "centrale di committenza, gare, aggregazione"),
        new("Albo fornitori telematico condiviso", "appalti-e-contratti",
            "Un solo albo fornitori per provincia e comuni, sulla piattaforma di e-procurement, con rotazione automatica degli inviti.",
            "Ogni ente teneva il proprio elenco su fogli di calcolo, senza controlli sui requisiti e con rotazioni contestate.",
            "Albo unico sulla piattaforma telematica, iscrizione sempre aperta, verifiche a campione del 10% ogni trimestre.",
            "1.340 operatori iscritti; affidamenti diretti con rotazione documentata al 100%; tempo di ricerca del fornitore da 5 giorni a 1.",
            "Nessun costo di licenza (piattaforma già in uso); 120 ore di formazione.", "albo fornitori, e-procurement, rotazione"),
        new("Sportello unico digitale per le imprese", "semplificazione",
            "Il SUAP associato riceve solo pratiche online e le smista agli enti terzi in automatico.",
            "Pratiche cartacee e PEC con allegati incompleti: il 40% tornava indietro per integrazioni.",
            "Moduli unificati regionali, controlli formali automatici, pagamento dei diritti con pagoPA.",
            "Pratiche respinte per incompletezza dal 40% al 9%; tempo medio di chiusura da 48 a 21 giorni.",
            "32.000 euro per l'integrazione con il back office.", "SUAP, imprese, pagoPA"),
        new("Progettazione condivisa dei bandi PNRR per le scuole", "fondi-europei-e-pnrr",
            "Un gruppo di progettisti della provincia ha preparato le candidature PNRR di 18 comuni per mense e palestre scolastiche.",
            "I piccoli comuni non avevano tecnici per progetti di fattibilità nei tempi dei bandi.",
            "Task force di 4 tecnici, modelli di progetto riutilizzabili, calendario unico delle scadenze.",
            "18 candidature presentate, 14 finanziate per 21,6 milioni di euro; nessuna esclusa per vizi formali.",
            "190.000 euro dal fondo per l'assistenza tecnica.", "PNRR, scuole, assistenza tecnica"),
        new("Lavoro agile con obiettivi misurabili", "organizzazione-e-personale",
            "Regolamento sul lavoro agile con obiettivi trimestrali per ufficio e un cruscotto dei risultati.",
            "Il lavoro agile era concesso caso per caso, senza misurare i risultati.",
            "Accordi individuali legati al piano della performance, 2 giorni a settimana, formazione dei dirigenti.",
            "Adesione del 62% del personale; assenze per malattia -18%; soddisfazione dei servizi invariata (4,3 su 5).",
            "15.000 euro per portatili e licenze.", "lavoro agile, performance"),
        new("Prenotazioni online all'anagrafe", "servizi-ai-cittadini",
            "Agenda unica online per carte d'identità e certificati con promemoria via SMS.",
            "Code di due ore allo sportello e appuntamenti persi.",
            "Agenda online collegata ad ANPR, promemoria il giorno prima, slot riservati agli anziani.",
            "Attesa media allo sportello da 110 a 12 minuti; appuntamenti persi dal 20% al 6%.",
            "6.500 euro l'anno di canone.", "anagrafe, prenotazioni, sportello"),
        new("Comunità energetica sui tetti degli edifici pubblici", "ambiente-ed-energia",
            "Impianti fotovoltaici su 9 edifici pubblici condivisi con famiglie e imprese in una comunità energetica.",
            "Bollette energetiche cresciute del 70% in due anni.",
            "Comunità energetica rinnovabile con 120 soci, impianti per 480 kWp, incentivi GSE.",
            "590 MWh prodotti il primo anno; 38.000 euro di incentivi ripartiti; 260 tonnellate di CO2 evitate.",
            "610.000 euro, coperti per il 40% da fondi regionali.", "energia, comunità energetica, fotovoltaico"),
        new("Riscossione coattiva associata", "bilancio-e-tributi",
            "Un ufficio unico per la riscossione coattiva delle entrate di 9 comuni.",
            "Residui attivi in crescita e ingiunzioni notificate in ritardo.",
            "Ufficio associato, banca dati unica dei debitori, rateizzazioni online.",
            "Riscosso +35% in due anni; residui attivi -2,4 milioni di euro.",
            "70.000 euro l'anno.", "riscossione, tributi, entrate"),
        new("Presa in carico integrata per la non autosufficienza", "welfare-e-sociale",
            "Punto unico di accesso socio-sanitario con l'azienda sanitaria e una cartella condivisa.",
            "Le famiglie dovevano rivolgersi a tre uffici diversi, con valutazioni ripetute.",
            "Punto unico, équipe mista, valutazione multidimensionale in 15 giorni.",
            "Tempi di presa in carico da 60 a 15 giorni; 410 piani individuali nel primo anno.",
            "Personale già in servizio; 12.000 euro per il software.", "non autosufficienza, welfare, integrazione"),
        new("Academy dei RUP della provincia", "formazione",
            "Un percorso annuale per i responsabili unici del progetto di provincia e comuni, con casi reali.",
            "Molti RUP nominati senza formazione specifica dopo il nuovo codice dei contratti.",
            "8 moduli in aula virtuale, esercitazioni su atti veri, comunità di pratica.",
            "96 RUP formati; errori nelle determine a contrarre -45% nei controlli interni.",
            "24.000 euro, finanziati dalla rete.", "RUP, formazione, codice dei contratti"),
        new("Fascicolo digitale delle gare", "transizione-digitale",
            "Ogni gara ha un fascicolo digitale unico, dalla programmazione al collaudo, conservato a norma.",
            "Atti di gara dispersi tra protocollo, posta elettronica e cartelle condivise.",
            "Integrazione tra piattaforma di e-procurement, protocollo e conservazione.",
            "Tempi di risposta agli accessi agli atti da 25 a 5 giorni.",
            "40.000 euro di integrazione.", "fascicolo digitale, conservazione, e-procurement"),
    ];

    public static readonly Case Waiting = new("Manutenzione stradale programmata con i sensori", "transizione-digitale",
        "Sensori sui mezzi di servizio rilevano le buche e programmano gli interventi.",
        "Interventi solo su segnalazione, con costi di risarcimento in crescita.",
        "Sensori su 12 mezzi, mappa delle priorità, appalto di manutenzione a misura.",
        "Risarcimenti per danni da buche -52% nel primo anno; 310 km monitorati ogni mese.",
        "95.000 euro tra sensori e software.", "strade, sensori, manutenzione");

    public static readonly Case Returned = new("Ufficio europa associato", "fondi-europei-e-pnrr",
        "Un ufficio comune per cercare bandi europei e scrivere i progetti.",
        "I comuni non partecipavano ai bandi europei per mancanza di competenze.",
        "Ufficio con due progettisti condiviso tra 7 comuni.",
        "In corso.",
        "", "europa, bandi");
}
