using System.IO.Compression;
using System.Text;
using Bottega.Identity.Domain;
using Bottega.Library.Data;
using Bottega.Library.Domain;
using Bottega.Library.Features.Documents;
using Bottega.Library.Features.Extraction;
using Bottega.Migrations;
using Bottega.Organizations.Contracts;
using Bottega.Organizations.Domain;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bottega.Demo;

/// <summary>
/// The provinces' library, seeded through the module's services: three collections; the province of the network's
/// referent publishes a tender template (a DOCX with a phrase only inside the file) and a shelf of other documents; a
/// municipality joins the network and its RUP downloads the template and declares it adopted (so follows it); version 2 is
/// published with a note and the follower gets the e-mail. Text is extracted synchronously so search works at once.
/// </summary>
internal sealed class DemoLibraryDocuments(BottegaMigrationsContext db, IServiceProvider services, DateTime now)
{
    public const string TemplateTitle = "Schema di disciplinare di gara per servizi di pulizia";
    public const string TemplatePhrase = "clausola sociale di riassorbimento del personale";
    public const string ProcurementSlug = "centrale-di-committenza";

    public sealed record Counts(int Collections, int Documents, int Versions, int Adoptions);

    public static Task<bool> ExistsAsync(BottegaMigrationsContext db, CancellationToken ct) =>
        db.Set<LibraryCollection>().IgnoreQueryFilters().AnyAsync(c => c.Slug == ProcurementSlug, ct);

    public async Task<Counts> CreateAsync(CancellationToken ct)
    {
        var network = await db.Set<Network>().SingleAsync(n => n.Slug == DemoAccounts.Provinces, ct);
        await using var scope = services.CreateAsyncScope();
        TenantScopes.Enter(scope.ServiceProvider, new NetworkRef(network.Id, network.Slug, network.Name));
        var sp = scope.ServiceProvider;
        var admin = await UserIdAsync(DemoAccounts.AdminOf(network.Slug), ct);
        var referent = await UserIdAsync(DemoAccounts.ReferentOf(network.Slug), ct);

        var collections = sp.GetRequiredService<LibraryCollections>();
        var shelves = new Dictionary<string, Guid>();
        foreach (var (slug, name, description, position) in Shelves)
        {
            var created = await collections.CreateAsync(admin, new CollectionForm(slug, name, description, position), ct);
            shelves[slug] = Ensure(created);
        }

        var documents = sp.GetRequiredService<LibraryDocuments>();
        var template = Ensure(await documents.CreateAsync(referent,
            Form(TemplateTitle, "Modello di disciplinare per l'affidamento dei servizi di pulizia degli edifici provinciali, con criteri ambientali minimi.",
                DocumentKind.TenderDocument, shelves[ProcurementSlug], "pulizie, disciplinare, cam"),
            new MemoryStream(Docx(TemplateTitle, TemplateBody(1))), "disciplinare-pulizie.docx", "Prima pubblicazione", ct));
        var published = 1;
        foreach (var (title, kind, shelf, tags, text, extension) in Shelf)
        {
            Ensure(await documents.CreateAsync(referent, Form(title, text.Split('.')[0] + ".", kind, shelves[shelf], tags),
                new MemoryStream(FileOf(extension, title, text)), FileNames(title, extension), null, ct));
            published++;
        }

        await ExtractPendingAsync(sp, network.Id, ct);

        // A municipality's RUP finds it, downloads it and declares it adopted.
        var adopter = await MunicipalityMemberAsync(network.Id, ct);
        var actors = sp.GetRequiredService<LibraryActors>();
        var viewer = await actors.ViewerAsync(adopter, ct);
        var download = await sp.GetRequiredService<DocumentDownloads>().OpenAsync(viewer, template, 1, false, ct)
            ?? throw new InvalidOperationException("The demo template could not be downloaded.");
        await download.DisposeAsync();

        Ensure(await sp.GetRequiredService<DocumentAdoptions>().DeclareAsync(adopter, template, $"Adottato con determina dirigenziale n. 128/{now.Year}", ct));
        Ensure(await documents.NewVersionAsync(referent, template, new MemoryStream(Docx(TemplateTitle, TemplateBody(2))), "disciplinare-pulizie-v2.docx",
            "Aggiornati i criteri ambientali minimi e la soglia per la clausola sociale.", ct));
        await ExtractPendingAsync(sp, network.Id, ct);
        return new Counts(shelves.Count, published, published + 1, 1);
    }

    private static readonly (string Slug, string Name, string Description, int Position)[] Shelves =
    [
        (ProcurementSlug, "Centrale di committenza", "Modelli di gara, disciplinari e capitolati della centrale di committenza provinciale.", 0),
        ("politiche-europee", "Politiche europee", "Fondi europei, PNRR e rendicontazione.", 1),
        ("servizi-per-l-innovazione", "Servizi per l'innovazione", "Transizione digitale, dati aperti e servizi in rete.", 2),
    ];

    private static readonly (string Title, DocumentKind Kind, string Shelf, string Tags, string Text, string Extension)[] Shelf =
    [
        ("Capitolato speciale per la manutenzione delle strade provinciali", DocumentKind.TenderDocument, ProcurementSlug, "strade, manutenzione", "Il capitolato disciplina la manutenzione ordinaria delle strade provinciali. Sono previsti interventi di sfalcio, segnaletica e sgombero neve.", "docx"),
        ("Modello di determina a contrarre", DocumentKind.Template, ProcurementSlug, "determina, affidamento", "Schema di determina a contrarre per affidamenti diretti sotto soglia. Richiama il principio di rotazione degli affidamenti.", "odt"),
        ("Procedura per l'accordo quadro con più operatori", DocumentKind.Procedure, ProcurementSlug, "accordo-quadro", "La procedura descrive come aggiudicare un accordo quadro con più operatori economici. Indica i criteri di riapertura del confronto competitivo.", "txt"),
        ("Elenco prezzi unitari per l'edilizia scolastica", DocumentKind.Form, ProcurementSlug, "prezzi, scuole", "Elenco dei prezzi unitari per gli interventi di edilizia scolastica. Voci per infissi, impianti e adeguamento sismico.", "xlsx"),
        ("Regolamento per gli incentivi alle funzioni tecniche", DocumentKind.Regulation, ProcurementSlug, "incentivi, rup", "Il regolamento ripartisce il fondo per gli incentivi alle funzioni tecniche tra RUP e collaboratori.", "docx"),
        ("Guida alla verifica dei requisiti tramite FVOE", DocumentKind.Guide, ProcurementSlug, "fvoe, requisiti", "La guida spiega la verifica dei requisiti degli operatori economici attraverso il fascicolo virtuale.", "txt"),
        ("Guida alla rendicontazione dei progetti PNRR", DocumentKind.Guide, "politiche-europee", "pnrr, rendicontazione", "La guida accompagna gli uffici nella rendicontazione dei progetti finanziati dal PNRR. Tratta milestone, target e controlli.", "docx"),
        ("Modello di relazione sul principio DNSH", DocumentKind.Template, "politiche-europee", "dnsh, pnrr", "Modello di relazione sul principio di non arrecare danno significativo all'ambiente.", "odt"),
        ("Scheda di monitoraggio dei fondi FESR", DocumentKind.Form, "politiche-europee", "fesr, monitoraggio", "Scheda per il monitoraggio trimestrale degli interventi finanziati dal FESR.", "ods"),
        ("Presentazione del programma Interreg per le province", DocumentKind.SlideDeck, "politiche-europee", "interreg, cooperazione", "Le opportunità del programma Interreg per la cooperazione territoriale tra province.", "txt"),
        ("Rapporto sui bandi europei vinti nel 2025", DocumentKind.Report, "politiche-europee", "bandi-europei", "Il rapporto raccoglie i bandi europei vinti dalle province nel 2025 con importi e partner.", "docx"),
        ("Linee guida per i servizi on line con SPID e CIE", DocumentKind.Guide, "servizi-per-l-innovazione", "spid, cie, identita-digitale", "Le linee guida descrivono l'accesso ai servizi on line con SPID e CIE e l'integrazione con pagoPA.", "docx"),
        ("Procedura di migrazione al cloud qualificato", DocumentKind.Procedure, "servizi-per-l-innovazione", "cloud, migrazione", "La procedura descrive la classificazione dei dati e la migrazione dei servizi verso un cloud qualificato.", "odt"),
        ("Modello di piano triennale per l'informatica", DocumentKind.Template, "servizi-per-l-innovazione", "piano-triennale, agid", "Schema di piano triennale per l'informatica dell'ente, coerente con il piano nazionale.", "docx"),
        ("Catalogo dei dati aperti provinciali", DocumentKind.Report, "servizi-per-l-innovazione", "open-data", "Catalogo dei dataset aperti pubblicati dalle province, con licenze e frequenza di aggiornamento.", "xlsx"),
    ];

    private static DocumentForm Form(string title, string description, DocumentKind kind, Guid collection, string tags) =>
        new(title, description, kind, collection, null, DocumentLicence.CcBy40, DocumentVisibility.Network, null, tags, []);

    private static string[] TemplateBody(int version) =>
    [
        "Art. 1 – Oggetto dell'appalto. Il presente disciplinare regola l'affidamento dei servizi di pulizia degli edifici della Provincia.",
        "Art. 2 – Criteri ambientali minimi. I prodotti impiegati rispettano i CAM per i servizi di pulizia.",
        $"Art. 3 – Clausola sociale. L'aggiudicatario applica la {TemplatePhrase} impiegato dall'operatore uscente" + (version > 1 ? ", per tutti i lavoratori con anzianità di almeno sei mesi." : "."),
        "Art. 4 – Criterio di aggiudicazione. Offerta economicamente più vantaggiosa, con punteggio tecnico massimo di 70 punti.",
    ];

    private static async Task ExtractPendingAsync(IServiceProvider sp, Guid networkId, CancellationToken ct)
    {
        var library = sp.GetRequiredService<LibraryDbContext>();
        var pending = await library.Versions.Where(v => v.NetworkId == networkId && v.Extraction == ExtractionStatus.Pending).Select(v => v.Id).ToListAsync(ct);
        var extraction = sp.GetRequiredService<VersionTextExtraction>();
        foreach (var id in pending)
        {
            await extraction.RunAsync(id, ct);
        }
    }

    /// <summary>
    /// The provinces' network admits the Municipality of Bergamo, whose RUP (Marco Ferrari, the demo's colleague) is the
    /// municipality that takes the province's template up.
    /// </summary>
    private async Task<Guid> MunicipalityMemberAsync(Guid networkId, CancellationToken ct)
    {
        var bergamo = await db.Set<Organization>().FirstAsync(o => o.Kind == OrganizationKind.Municipality && o.Name == "Bergamo", ct);
        var colleague = await UserIdAsync(DemoAccounts.Colleague, ct);
        if (!await db.Set<NetworkOrganization>().AnyAsync(o => o.NetworkId == networkId && o.OrganizationId == bergamo.Id, ct))
        {
            db.Add(NetworkOrganization.Create(networkId, bergamo.Id, AgreementStatus.Active, 0m, DateOnly.FromDateTime(now.AddDays(-30)), null));
        }

        if (!await db.Set<NetworkMembership>().IgnoreQueryFilters().AnyAsync(m => m.NetworkId == networkId && m.UserId == colleague, ct))
        {
            db.Add(NetworkMembership.Grant(networkId, colleague, NetworkRole.Member, bergamo.Id, null, now.AddDays(-30)));
        }

        await db.SaveChangesAsync(ct);
        return colleague;
    }

    private Task<Guid> UserIdAsync(string email, CancellationToken ct)
    {
        var normalized = email.ToUpperInvariant();
        return db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => u.Id).SingleAsync(ct);
    }

    private static string FileNames(string title, string extension) =>
        new string([.. title.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-')]).Trim('-') + "." + extension;

    private static byte[] FileOf(string extension, string title, string text) => extension switch
    {
        "docx" => Docx(title, text.Split(". ")),
        "odt" => OpenDocument("application/vnd.oasis.opendocument.text", $"<office:text><text:h>{title}</text:h>{string.Concat(text.Split(". ").Select(p => $"<text:p>{p}</text:p>"))}</office:text>"),
        "ods" => OpenDocument("application/vnd.oasis.opendocument.spreadsheet", $"<office:spreadsheet><table:table table:name=\"Dati\"><table:table-row><table:table-cell><text:p>{title}</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell><text:p>{text}</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet>"),
        "xlsx" => Xlsx(title, text),
        _ => Encoding.UTF8.GetBytes(title + "\n\n" + text + "\n"),
    };

    private static byte[] Docx(string title, IEnumerable<string> paragraphs)
    {
        using var output = new MemoryStream();
        using (var document = WordprocessingDocument.Create(output, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var body = new W.Body(new W.Paragraph(new W.Run(new W.Text(title))));
            foreach (var p in paragraphs)
            {
                body.AppendChild(new W.Paragraph(new W.Run(new W.Text(p))));
            }

            document.AddMainDocumentPart().Document = new W.Document(body);
        }

        return output.ToArray();
    }

    private static byte[] Xlsx(string title, string text)
    {
        using var output = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(output, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            DocumentFormat.OpenXml.Spreadsheet.Row Row(string value) => new(new DocumentFormat.OpenXml.Spreadsheet.Cell
            {
                DataType = DocumentFormat.OpenXml.Spreadsheet.CellValues.InlineString,
                InlineString = new DocumentFormat.OpenXml.Spreadsheet.InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(value)),
            });
            sheet.Worksheet = new DocumentFormat.OpenXml.Spreadsheet.Worksheet(new DocumentFormat.OpenXml.Spreadsheet.SheetData(Row(title), Row(text)));
            workbook.Workbook.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheets(
                new DocumentFormat.OpenXml.Spreadsheet.Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Dati" }));
        }

        return output.ToArray();
    }

    private static byte[] OpenDocument(string mimeType, string body)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var mime = new StreamWriter(zip.CreateEntry("mimetype", CompressionLevel.NoCompression).Open()))
            {
                mime.Write(mimeType);
            }

            using var content = new StreamWriter(zip.CreateEntry("content.xml").Open(), new UTF8Encoding(false));
            content.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\"><office:body>"
                + body + "</office:body></office:document-content>");
        }

        return output.ToArray();
    }

    private static Guid Ensure(DocumentResult result) =>
        result.DocumentId ?? throw new InvalidOperationException($"The demo library could not be seeded: {result.Error?.Text}");
}
