using System.Data.Common;
using System.Globalization;
using System.Text;
using Bottega.Library.Domain;
using Bottega.Library.Features.Search;
using Bottega.Organizations.Domain;
using Bottega.Platform.Search;
using Bottega.Platform.Text;
using Npgsql;

namespace Bottega.Bench;

/// <summary>
/// The library data set of issue #7 in the main network: six collections, documents of every kind owned by provinces,
/// regions and municipalities over eight years, one version each with a few KB of generated Italian text, tags, and the
/// full-text index. Words and phrases are drawn with a Zipf-like law, so an everyday phrase matches a realistic share of
/// the library ("clausola sociale" a few percent, "disciplinare di gara" about a fifth) rather than all or nothing.
/// </summary>
internal sealed class LibraryGenerator(DbConnection connection, BulkWriter writer, Random random, DateTime now)
{
    public const int Batch = 5_000;

    public static readonly (string Slug, string Name)[] Collections =
    [
        ("centrale-committenza", "Centrale di committenza"), ("politiche-europee", "Politiche europee e PNRR"), ("servizi-innovazione", "Servizi per l'innovazione"),
        ("personale", "Personale e organizzazione"), ("trasparenza", "Trasparenza e anticorruzione"), ("ambiente-territorio", "Ambiente e territorio"),
    ];

    // By frequency: the first phrases appear in most documents, the last in a few. The benchmark's queries sit at ranks 3, 9 and 17.
    private static readonly string[] Phrases =
    [
        "responsabile unico del progetto", "codice dei contratti pubblici", "disciplinare di gara", "stazione appaltante", "offerta economicamente più vantaggiosa",
        "piattaforma di approvvigionamento digitale", "verifica dei requisiti", "garanzia provvisoria", "affidamento diretto", "capitolato speciale d'appalto",
        "criteri ambientali minimi", "subappalto", "revisione dei prezzi", "principio di rotazione", "soccorso istruttorio", "commissione giudicatrice",
        "clausola sociale", "documento di gara unico europeo", "fascicolo virtuale dell'operatore economico", "esecuzione anticipata", "collegio consultivo tecnico",
        "contratto di avvalimento", "varianti in corso d'opera", "certificato di regolare esecuzione", "accordo quadro", "procedura negoziata senza bando",
        "progettazione esecutiva", "quinto d'obbligo", "pari opportunità generazionali", "anticipazione del prezzo", "tracciabilità dei flussi finanziari",
        "patto di integrità", "principio DNSH", "rendicontazione PNRR", "piano triennale dei fabbisogni", "lavoro agile", "transizione digitale",
        "accesso civico generalizzato", "conservazione digitale", "protezione dei dati personali",
    ];

    // Filler words; the words of the benchmark's phrases are left out, so they occur only inside their phrases.
    private static readonly string[] Words =
    [
        "ente", "procedura", "contratto", "servizio", "operatore", "economico", "importo", "comune", "provincia", "documento", "termine", "offerta", "amministrazione", "pubblica", "determina", "dirigente", "ufficio", "lavori", "forniture", "soglia", "europea", "bando", "avviso", "requisiti",
        "qualificazione", "esecuzione", "collaudo", "pagamento", "fattura", "durata", "proroga", "rinnovo", "allegato", "modello", "schema", "verbale", "seduta", "punteggio", "ribasso", "anomalia", "congruità", "controllo", "sanzione", "penale", "risoluzione",
        "recesso", "definitiva", "polizza", "assicurativa", "sicurezza", "costi", "manodopera", "personale", "obblighi", "dichiarazione",
        "sostitutiva", "certificazione", "regolarità", "contributiva", "fiscale", "antimafia", "informazione", "comunicazione", "trasparenza", "pubblicazione",
        "albo", "pretorio", "sito", "istituzionale", "portale", "registrazione", "firma", "digitale", "marca", "temporale", "protocollo", "archivio", "atti",
        "istruttoria", "motivazione", "provvedimento", "ricorso", "tribunale", "amministrativo", "regionale", "consiglio", "giunta", "sindaco", "segretario",
        "responsabile", "progetto", "finanziamento", "missione", "componente", "investimento", "milestone", "target", "monitoraggio", "spesa", "bilancio",
        "variazione", "capitolo", "impegno", "liquidazione", "mandato", "tesoreria", "revisore", "conti", "parere", "regolamento", "norma",
        "articolo", "comma", "decreto", "legislativo", "legge", "circolare", "linee", "guida", "indicazioni", "operative", "esempio", "caso", "pratica",
    ];

    private static readonly string[] Tags =
    [
        "appalti", "pnrr", "modelli", "lavori", "servizi", "forniture", "sotto-soglia", "sopra-soglia", "rup", "mepa", "clausola-sociale", "cam", "dnsh",
        "personale", "trasparenza", "privacy", "digitale", "ambiente", "bilancio", "formazione",
    ];

    private static readonly (DocumentKind Kind, string Name)[] Kinds =
    [
        (DocumentKind.Template, "Modello"), (DocumentKind.TenderDocument, "Disciplinare"), (DocumentKind.Procedure, "Procedura"), (DocumentKind.Guide, "Guida"),
        (DocumentKind.Regulation, "Regolamento"), (DocumentKind.Form, "Modulo"), (DocumentKind.SlideDeck, "Presentazione"), (DocumentKind.Report, "Relazione"),
    ];

    private static readonly string[] IndexParameters = ["$kind", "$key", "$network", "$title", "$body"];

    private readonly double[] phraseWeights = Cumulative(Phrases.Length, 1.0);
    private readonly double[] wordWeights = Cumulative(Words.Length, 0.9);
    private long textChars;

    public async Task<(int Documents, long TextChars)> RunAsync(Guid networkId, IReadOnlyList<Guid> authors, IReadOnlyList<Organization> owners, int count, CancellationToken ct)
    {
        var collections = Collections.Select((c, i) => LibraryCollection.Create(networkId, c.Slug, c.Name, null, null, i, now.AddDays(-900))).ToList();
        await writer.WriteAsync(collections, ct);
        for (var start = 0; start < count; start += Batch)
        {
            var documents = new List<LibraryDocument>(Batch);
            var versions = new List<DocumentVersion>(Batch);
            var tags = new List<DocumentTag>(Batch * 2);
            var index = new List<SearchDocument>(Batch);
            for (var n = start; n < Math.Min(count, start + Batch); n++)
            {
                var kind = Kinds[Math.Min(Kinds.Length - 1, (int)(Kinds.Length * Math.Pow(random.NextDouble(), 1.5)))];
                var owner = owners[(int)(owners.Count * Math.Pow(random.NextDouble(), 2))];
                var subject = Phrases[Pick(phraseWeights)];
                var title = $"{kind.Name} per {subject} ({owner.Name}, n. {n + 1})";
                var description = Capitalize($"{kind.Name} predisposto da {owner.Name} su {subject}, da adattare al proprio ente.");
                var visibility = random.Next(100) switch { < 15 => DocumentVisibility.Public, < 95 => DocumentVisibility.Network, _ => DocumentVisibility.Organization };
                var at = now.AddDays(-random.Next(1, 8 * 365)).AddMinutes(-random.Next(0, 1440));
                var author = authors[random.Next(authors.Count)];
                var document = LibraryDocument.Create(networkId, new DocumentMetadata(title, description, kind.Kind, collections[random.Next(collections.Count)].Id,
                    owner.Id, owner.RegionId ?? owner.Id, DocumentLicence.CcBy40, visibility, null), author, at);
                var number = document.NextVersion(at);
                var text = Text(subject);
                var version = DocumentVersion.Create(networkId, document.Id, number,
                    new StoredFile($"bench/library/{document.Id:N}.pdf", $"documento-{n + 1}.pdf", "application/pdf", 40_000 + (text.Length * 3), new string('0', 64)),
                    null, author, at);
                version.Extracted(text, 1 + (text.Length / 2500), at);
                var chosen = new[] { Tags[random.Next(Tags.Length)], Tags[(int)(Tags.Length * Math.Pow(random.NextDouble(), 2))] }.Distinct().ToList();
                documents.Add(document);
                versions.Add(version);
                tags.AddRange(chosen.Select(t => DocumentTag.Create(networkId, document.Id, t)));
                index.Add(new SearchDocument(LibrarySearchIndex.DocumentKind, document.Id, networkId, title, string.Join('\n', description, string.Join(' ', chosen), text)));
            }

            await writer.WriteAsync(documents, ct);
            await writer.WriteAsync(versions, ct);
            await writer.WriteAsync(tags, ct);
            await IndexAsync(index, ct);
        }

        return (count, textChars);
    }

    /// <summary>
    /// PostgreSQL: binary COPY of the folded texts (the tsvector column is generated). SQLite: the stems, as
    /// <c>SqliteFullTextIndex</c> stores them, inserted on the bulk connection inside its transaction.
    /// </summary>
    private async Task IndexAsync(List<SearchDocument> documents, CancellationToken ct)
    {
        if (connection is NpgsqlConnection npgsql)
        {
            await using var import = await npgsql.BeginBinaryImportAsync("COPY plt_search_documents (kind, key, network_id, title, body) FROM STDIN (FORMAT BINARY)", ct);
            foreach (var d in documents)
            {
                await import.StartRowAsync(ct);
                await import.WriteAsync(d.Kind, NpgsqlTypes.NpgsqlDbType.Text, ct);
                await import.WriteAsync(d.Key, NpgsqlTypes.NpgsqlDbType.Uuid, ct);
                await import.WriteAsync(d.NetworkId!.Value, NpgsqlTypes.NpgsqlDbType.Uuid, ct);
                await import.WriteAsync(SearchText.Normalize(d.Title), NpgsqlTypes.NpgsqlDbType.Text, ct);
                await import.WriteAsync(SearchText.Normalize(d.Body), NpgsqlTypes.NpgsqlDbType.Text, ct);
            }

            await import.CompleteAsync(ct);
            return;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = writer.Transaction;
        command.CommandText = "INSERT INTO plt_search_documents (kind, \"key\", network_id, title, body) VALUES ($kind, $key, $network, $title, $body)";
        var parameters = IndexParameters.Select(name =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
            return parameter;
        }).ToArray();
        foreach (var d in documents)
        {
            parameters[0].Value = d.Kind;
            parameters[1].Value = d.Key.ToString();
            parameters[2].Value = d.NetworkId!.Value.ToString();
            parameters[3].Value = string.Join(' ', ItalianTerms.Terms(d.Title));
            parameters[4].Value = string.Join(' ', ItalianTerms.Terms(d.Body));
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>About 2–4 KB: sentences of Zipf-drawn words, every third with a Zipf-drawn phrase, the document's subject among them.</summary>
    private string Text(string subject)
    {
        var text = new StringBuilder(4096);
        var sentences = 14 + random.Next(16);
        for (var s = 0; s < sentences; s++)
        {
            var length = 8 + random.Next(14);
            var phraseAt = s % 3 == 0 ? random.Next(length) : -1;
            var phrase = s % 9 == 0 ? subject : Phrases[Pick(phraseWeights)];
            for (var w = 0; w < length; w++)
            {
                var word = w == phraseAt ? phrase : Words[Pick(wordWeights)];
                text.Append(w == 0 ? Capitalize(word) : word).Append(w == length - 1 ? ". " : " ");
            }
        }

        textChars += text.Length;
        return text.ToString();
    }

    private int Pick(double[] cumulative)
    {
        var at = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
        return Math.Min(cumulative.Length - 1, at < 0 ? ~at : at);
    }

    private static double[] Cumulative(int count, double exponent)
    {
        var weights = new double[count];
        var total = 0.0;
        for (var r = 0; r < count; r++)
        {
            total += 1 / Math.Pow(r + 1, exponent);
            weights[r] = total;
        }

        return weights;
    }

    private static string Capitalize(string text) => char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
}
