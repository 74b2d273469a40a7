using Bottega.Platform.Text;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Platform.Search;

/// <summary>
/// PostgreSQL does the Italian stemming itself: <c>plt_search_documents.document</c> is a generated tsvector
/// (title weighted A, body B) with a GIN index. Title and body are stored folded (<see cref="SearchText"/>), because
/// the 'italian' configuration keeps accents and would stem "qualità" and "qualita" apart.
/// </summary>
internal sealed class PostgresFullTextIndex : IFullTextIndex
{
    public async Task UpsertAsync(DbContext db, SearchDocument document, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(document.Kind);
        var title = SearchText.Normalize(document.Title);
        var body = SearchText.Normalize(document.Body);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO plt_search_documents (kind, key, network_id, title, body)
            VALUES ({document.Kind}, {document.Key}, {document.NetworkId}, {title}, {body})
            ON CONFLICT (kind, key) DO UPDATE SET network_id = EXCLUDED.network_id, title = EXCLUDED.title, body = EXCLUDED.body
            """, ct);
    }

    public async Task RemoveAsync(DbContext db, string kind, Guid key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        await db.Database.ExecuteSqlAsync($"DELETE FROM plt_search_documents WHERE kind = {kind} AND key = {key}", ct);
    }

    public Task<IReadOnlyList<SearchHit>> SearchAsync(DbContext db, string kind, Guid? networkId, string text, int limit, CancellationToken ct) =>
        QueryAsync(db, kind, networkId, TsQuery(text), limit, ct);

    public Task<IReadOnlyList<SearchHit>> SearchAnyAsync(DbContext db, string kind, Guid? networkId, string text, int limit, CancellationToken ct) =>
        QueryAsync(db, kind, networkId, TsQuery(text, " | "), limit, ct);

    private static async Task<IReadOnlyList<SearchHit>> QueryAsync(DbContext db, string kind, Guid? networkId, string? query, int limit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        if (query is null)
        {
            return [];
        }

        // The query text is a parameter made only of folded letters and digits, '&' and a final ':*'.
        var rows = networkId is { } network
            ? db.Database.SqlQuery<Row>($"""
                SELECT d.key AS "Key", ts_rank_cd(d.document, q)::double precision AS "Score"
                FROM plt_search_documents d, to_tsquery('italian', {query}) q
                WHERE d.kind = {kind} AND d.network_id = {network} AND d.document @@ q
                ORDER BY "Score" DESC, d.key LIMIT {limit}
                """)
            : db.Database.SqlQuery<Row>($"""
                SELECT d.key AS "Key", ts_rank_cd(d.document, q)::double precision AS "Score"
                FROM plt_search_documents d, to_tsquery('italian', {query}) q
                WHERE d.kind = {kind} AND d.document @@ q
                ORDER BY "Score" DESC, d.key LIMIT {limit}
                """);
        var found = await rows.ToListAsync(ct);
        return [.. found.Select(r => new SearchHit(r.Key, r.Score))];
    }

    public IQueryable<SearchMatch> Matches(DbContext db, string kind, Guid? networkId, string text)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        if (TsQuery(text) is not { } query)
        {
            return db.Database.SqlQuery<SearchMatch>($"""SELECT NULL::uuid AS "Key", 0::double precision AS "Rank" WHERE false""");
        }

        // Written so the planner can pull it up into the caller's query: a count never computes the rank.
        return networkId is { } network
            ? db.Database.SqlQuery<SearchMatch>($"""
                SELECT d.key AS "Key", ts_rank_cd(d.document, q)::double precision AS "Rank"
                FROM plt_search_documents d, to_tsquery('italian', {query}) q
                WHERE d.kind = {kind} AND d.network_id = {network} AND d.document @@ q
                """)
            : db.Database.SqlQuery<SearchMatch>($"""
                SELECT d.key AS "Key", ts_rank_cd(d.document, q)::double precision AS "Rank"
                FROM plt_search_documents d, to_tsquery('italian', {query}) q
                WHERE d.kind = {kind} AND d.document @@ q
                """);
    }

    /// <summary>"formazione digitale" → <c>formazione &amp; digitale:*</c>; null when no word is left to search.</summary>
    internal static string? TsQuery(string? text, string separator = " & ")
    {
        var words = ItalianTerms.QueryWords(text);
        return words.Count == 0 ? null : string.Join(separator, words) + ":*";
    }

    private sealed class Row
    {
        public Guid Key { get; set; }

        public double Score { get; set; }
    }
}
