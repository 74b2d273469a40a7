using System.Data.Common;
using Bottega.Community.Domain;
using Bottega.Platform.Search;
using Bottega.Platform.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Bottega.Bench;

/// <summary>
/// The community data set of issue #5 in the main network: 12 theme spaces, 60 tags, 50,000 topics (60% questions,
/// a third of them unanswered) and 500,000 posts in all, one pinned topic with exactly 200 replies (the topic-page
/// scenario), a few votes and accepted answers, every topic and reply in the full-text index.
/// </summary>
internal sealed class CommunityGenerator(DbConnection connection, BulkWriter writer, Random random, DateTime now)
{
    private readonly List<SearchDocument> documents = [];

    public const string HotSpace = "appalti-e-contratti";
    public const string HotTitle = "Proroga tecnica del contratto di servizio: esperienze a confronto";
    public const int HotReplies = 200;

    private static readonly (string Slug, string Name)[] Spaces =
    [
        (HotSpace, "Appalti e contratti pubblici"), ("fondi-europei-pnrr", "Fondi europei e PNRR"), ("innovazione-digitale", "Innovazione e servizi digitali"),
        ("personale", "Personale e organizzazione"), ("bilancio-tributi", "Bilancio e tributi"), ("trasparenza", "Trasparenza e anticorruzione"),
        ("ambiente", "Ambiente e territorio"), ("servizi-sociali", "Servizi sociali"), ("urbanistica", "Urbanistica ed edilizia"),
        ("protezione-dati", "Protezione dei dati"), ("lavoro-agile", "Lavoro agile"), ("comunicazione", "Comunicazione pubblica"),
    ];

    private static readonly string[] Subjects =
    [
        "la proroga del contratto", "l'affidamento diretto", "il subappalto", "la revisione dei prezzi", "il DURC", "il CIG", "il MEPA",
        "la garanzia provvisoria", "la verifica dei requisiti", "la rendicontazione PNRR", "il cronoprogramma", "il fascicolo elettronico",
        "l'accesso civico generalizzato", "il piano triennale", "pagoPA", "l'accesso con SPID", "l'app IO", "la conservazione digitale",
        "il lavoro agile", "il PIAO", "la formazione obbligatoria", "le progressioni verticali", "il bilancio consolidato", "la TARI",
        "il canone unico", "la nomina del RUP", "il collegio consultivo tecnico", "il principio DNSH", "il registro dei trattamenti",
        "la valutazione d'impatto", "il responsabile della transizione digitale", "la piattaforma di approvvigionamento", "il fondo incentivante",
    ];

    private static readonly string[] Contexts =
    [
        "un comune sotto i 5.000 abitanti", "un'unione di comuni", "una centrale di committenza", "un ente in riequilibrio", "lavori sotto soglia",
        "servizi di importo ridotto", "una provincia", "un consorzio", "un progetto finanziato dal PNRR", "una gara aggregata",
        "un contratto di manutenzione", "il servizio di mensa scolastica", "il trasporto scolastico", "la manutenzione del verde",
    ];

    private static readonly string[] Openings = ["Come gestire {0} per {1}?", "{0}: quale procedura per {1}?", "Esperienze su {0} con {1}", "Dubbio su {0} in {1}", "Modello per {0} in {1}"];

    private static readonly string[] Sentences =
    [
        "Nel nostro ente abbiamo affrontato {0} seguendo le indicazioni dell'ANAC.", "Vi chiedo se qualcuno ha già gestito {0} per {1}.",
        "Il segretario comunale suggerisce di verificare {0} prima della determina.", "Abbiamo predisposto un modello per {0} che posso condividere.",
        "La piattaforma certificata richiede {0} già in fase di programmazione.", "Per {1} conviene coordinarsi con la centrale di committenza.",
        "Attenzione ai tempi: {0} va concluso entro la scadenza del cronoprogramma.", "La circolare del Ministero chiarisce {0} in modo esplicito.",
        "Nel caso di {1} la giurisprudenza recente ammette {0} con motivazione adeguata.", "Grazie, la vostra esperienza su {0} ci è stata molto utile.",
    ];

    public async Task<(int Topics, long Posts)> RunAsync(Guid networkId, IReadOnlyList<Guid> authors, int topicCount, int postCount, CancellationToken ct)
    {
        var spaces = Spaces.Select((s, i) => Space.Create(networkId, s.Slug, s.Name, $"Domande e discussioni su {s.Name.ToLowerInvariant()}.", SpaceKind.Theme, null,
            SpaceAccess.NetworkMembers, SpaceAccess.NetworkMembers, i, now.AddDays(-800))).ToList();
        var tags = Subjects.SelectMany(s => new[] { Slug(s), Slug(s) + "-faq" }).Take(60).Select(slug => Tag.Create(networkId, slug, slug.Replace('-', ' '))).ToList();
        var tagCounts = new int[tags.Count];

        // Kinds first (60% questions, a third of them left unanswered), then the replies spread over the answerable
        // topics so the total is postCount (first posts included); the hot topic has exactly 200.
        var kinds = new TopicKind[topicCount];
        var replies = new int[topicCount];
        var answerable = new List<int>(topicCount);
        for (var t = 0; t < topicCount; t++)
        {
            kinds[t] = t == 0 || random.Next(10) < 6 ? TopicKind.Question : TopicKind.Discussion;
            if (t != 0 && (kinds[t] == TopicKind.Discussion || random.Next(3) != 0))
            {
                answerable.Add(t);
            }
        }

        replies[0] = HotReplies;
        var remaining = Math.Max(0, postCount - topicCount - HotReplies);
        for (var k = 0; k < answerable.Count; k++)
        {
            var share = remaining / (answerable.Count - k);
            var r = k == answerable.Count - 1 ? remaining : Math.Min(remaining, random.Next(0, 2 * share + 1));
            replies[answerable[k]] = r;
            remaining -= r;
        }

        var topics = new List<Topic>(topicCount);
        var posts = new List<Post>(postCount);
        var topicTags = new List<TopicTag>(topicCount * 2);
        var votes = new List<Vote>();
        var spacePosts = new int[spaces.Count];
        var spaceTopics = new int[spaces.Count];
        var spaceLast = new DateTime?[spaces.Count];
        var index = documents;
        index.Capacity = postCount;
        for (var t = 0; t < topicCount; t++)
        {
            var s = t == 0 ? 0 : random.Next(spaces.Count);
            var subject = Subjects[random.Next(Subjects.Length)];
            var context = Contexts[random.Next(Contexts.Length)];
            var title = t == 0 ? HotTitle : Capitalize(string.Format(System.Globalization.CultureInfo.InvariantCulture, Openings[random.Next(Openings.Length)], subject, context));
            var kind = kinds[t];
            var r = replies[t];
            var created = now.AddMinutes(-random.Next(60, 60 * 24 * 700));
            var author = authors[random.Next(authors.Count)];
            var topic = Topic.Create(networkId, spaces[s].Id, kind, title, author, Visibility.Visible, created);
            if (t == 0)
            {
                topic.Pin(true);
            }

            var body = Body(subject, context);
            var first = Post.Create(networkId, topic.Id, 1, author, body, "<p>" + System.Net.WebUtility.HtmlEncode(body) + "</p>", null, Visibility.Visible, null, created);
            posts.Add(first);
            index.Add(new SearchDocument("community.topic", topic.Id, networkId, title, body));
            var at = created;
            Post? best = null;
            for (var k = 0; k < r; k++)
            {
                at = at.AddMinutes(random.Next(5, 600));
                var replier = authors[random.Next(authors.Count)];
                var text = Body(Subjects[random.Next(Subjects.Length)], context);
                var reply = Post.Create(networkId, topic.Id, topic.NextPostNumber(), replier, text, "<p>" + System.Net.WebUtility.HtmlEncode(text) + "</p>", null, Visibility.Visible, null, at);
                if (random.Next(4) == 0)
                {
                    var voter = authors[random.Next(authors.Count)];
                    if (voter != replier)
                    {
                        votes.Add(Vote.Create(networkId, reply.Id, voter, 1, at.AddMinutes(30)));
                        reply.SetScore(1);
                        best ??= reply;
                    }
                }

                topic.Replied(replier, at, visible: true);
                posts.Add(reply);
                index.Add(new SearchDocument("community.post", reply.Id, networkId, title, text));
            }

            if (kind == TopicKind.Question && best is not null && random.Next(2) == 0)
            {
                topic.Accept(best.Id);
            }

            foreach (var tag in new[] { random.Next(tags.Count), random.Next(tags.Count) }.Distinct())
            {
                topicTags.Add(TopicTag.Create(networkId, topic.Id, tags[tag].Id));
                tagCounts[tag]++;
            }

            topics.Add(topic);
            spaceTopics[s]++;
            spacePosts[s] += 1 + r;
            spaceLast[s] = spaceLast[s] is { } last && last > topic.LastPostAt ? last : topic.LastPostAt;
        }

        for (var s = 0; s < spaces.Count; s++)
        {
            spaces[s].Recount(spaceTopics[s], spacePosts[s], spaceLast[s]);
        }

        for (var g = 0; g < tags.Count; g++)
        {
            tags[g].Recount(tagCounts[g]);
        }

        await writer.WriteAsync(spaces, ct);
        await writer.WriteAsync(tags, ct);
        await writer.WriteAsync(topics, ct);
        await writer.WriteAsync(topicTags, ct);
        var written = await writer.WriteAsync(posts, ct);
        await writer.WriteAsync(votes, ct);
        return (topics.Count, written);
    }

    /// <summary>PostgreSQL: binary COPY of the folded texts (the tsvector column is generated). SQLite: the index's own upsert (stems computed in C#).</summary>
    public async Task<int> IndexAsync(IFullTextIndex fullText, DbContext context, CancellationToken ct)
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
            return documents.Count;
        }

        await using var transaction = await context.Database.BeginTransactionAsync(ct);
        foreach (var d in documents)
        {
            await fullText.UpsertAsync(context, d, ct);
        }

        await transaction.CommitAsync(ct);
        return documents.Count;
    }

    private string Body(string subject, string context)
    {
        var count = 2 + random.Next(3);
        var parts = new string[count];
        for (var i = 0; i < count; i++)
        {
            parts[i] = string.Format(System.Globalization.CultureInfo.InvariantCulture, Sentences[random.Next(Sentences.Length)], subject, context);
        }

        return string.Join(" ", parts);
    }

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string Slug(string subject) =>
        string.Join('-', SearchText.Normalize(subject).Split([' ', '\''], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 2).Take(3));
}
