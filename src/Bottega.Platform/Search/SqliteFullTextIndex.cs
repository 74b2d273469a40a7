using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Bottega.Platform.Search;

/// <summary>
/// FTS5 has no Italian stemmer, so the stems are computed here (<see cref="ItalianTerms"/>) and the FTS5 table
/// <c>plt_search_documents</c> stores them as its title and body; a query is stemmed the same way. Every query word
/// becomes a quoted FTS5 string, so nothing a person types is read as FTS5 syntax.
/// </summary>
internal sealed class SqliteFullTextIndex : IFullTextIndex
{
    public async Task UpsertAsync(DbContext db, SearchDocument document, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(document.Kind);
        var key = document.Key.ToString();
        var title = string.Join(' ', ItalianTerms.Terms(document.Title));
        var body = string.Join(' ', ItalianTerms.Terms(document.Body));

        // FTS5 has no unique key: replacing is a delete and an insert, which must not be split by a failure.
        await using IDbContextTransaction? own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        await db.Database.ExecuteSqlAsync($"""DELETE FROM plt_search_documents WHERE kind = {document.Kind} AND "key" = {key}""", ct);
        if (document.NetworkId is { } network)
        {
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO plt_search_documents (kind, "key", network_id, title, body) VALUES ({document.Kind}, {key}, {network.ToString()}, {title}, {body})""", ct);
        }
        else
        {
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO plt_search_documents (kind, "key", network_id, title, body) VALUES ({document.Kind}, {key}, NULL, {title}, {body})""", ct);
        }

        if (own is not null)
        {
            await own.CommitAsync(ct);
        }
    }

    public async Task RemoveAsync(DbContext db, string kind, Guid key, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        await db.Database.ExecuteSqlAsync($"""DELETE FROM plt_search_documents WHERE kind = {kind} AND "key" = {key.ToString()}""", ct);
    }

    public Task<IReadOnlyList<SearchHit>> SearchAsync(DbContext db, string kind, Guid? networkId, string text, int limit, CancellationToken ct) =>
        QueryAsync(db, kind, networkId, MatchExpression(text), limit, ct);

    public Task<IReadOnlyList<SearchHit>> SearchAnyAsync(DbContext db, string kind, Guid? networkId, string text, int limit, CancellationToken ct) =>
        QueryAsync(db, kind, networkId, MatchExpression(text, " OR "), limit, ct);

    private static async Task<IReadOnlyList<SearchHit>> QueryAsync(DbContext db, string kind, Guid? networkId, string? match, int limit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        if (match is null)
        {
            return [];
        }

        // bm25 takes one weight per column (kind, key, network_id, title, body): a title word counts ten times a body word.
        var rows = networkId is { } network
            ? db.Database.SqlQuery<Row>($"""
                SELECT "key" AS "Key", bm25(plt_search_documents, 0.0, 0.0, 0.0, 10.0, 1.0) AS "Score"
                FROM plt_search_documents
                WHERE plt_search_documents MATCH {match} AND kind = {kind} AND network_id = {network.ToString()}
                ORDER BY "Score" LIMIT {limit}
                """)
            : db.Database.SqlQuery<Row>($"""
                SELECT "key" AS "Key", bm25(plt_search_documents, 0.0, 0.0, 0.0, 10.0, 1.0) AS "Score"
                FROM plt_search_documents
                WHERE plt_search_documents MATCH {match} AND kind = {kind}
                ORDER BY "Score" LIMIT {limit}
                """);
        var found = await rows.ToListAsync(ct);

        // bm25 is lower for better matches; a hit's rank is higher for better ones.
        return [.. found.Select(r => new SearchHit(Guid.Parse(r.Key), -r.Score))];
    }

    public IQueryable<SearchMatch> Matches(DbContext db, string kind, Guid? networkId, string text)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        if (MatchExpression(text) is not { } match)
        {
            return db.Database.SqlQuery<SearchMatch>($"""SELECT NULL AS "Key", 0.0 AS "Rank" WHERE 0""");
        }

        // The index stores Guid.ToString() (lower case); EF stores Guids as upper-case text, so the key is given back
        // in EF's form and joins with EF's columns. bm25 is lower for better matches, the rank higher.
        return networkId is { } network
            ? db.Database.SqlQuery<SearchMatch>($"""
                SELECT upper("key") AS "Key", -bm25(plt_search_documents, 0.0, 0.0, 0.0, 10.0, 1.0) AS "Rank"
                FROM plt_search_documents
                WHERE plt_search_documents MATCH {match} AND kind = {kind} AND network_id = {network.ToString()}
                """)
            : db.Database.SqlQuery<SearchMatch>($"""
                SELECT upper("key") AS "Key", -bm25(plt_search_documents, 0.0, 0.0, 0.0, 10.0, 1.0) AS "Rank"
                FROM plt_search_documents
                WHERE plt_search_documents MATCH {match} AND kind = {kind}
                """);
    }

    /// <summary>"formazione digitale" → <c>"formazion" AND "digital"*</c>; null when no word is left to search.</summary>
    internal static string? MatchExpression(string? text, string separator = " AND ")
    {
        var stems = ItalianTerms.QueryWords(text).Select(ItalianTerms.Stem).Where(s => s.Length > 0).Distinct().ToList();
        if (stems.Count == 0)
        {
            return null;
        }

        return string.Join(separator, stems.Select((stem, i) => Quote(stem) + (i == stems.Count - 1 ? "*" : "")));
    }

    private static string Quote(string stem) => "\"" + stem.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private sealed class Row
    {
        public string Key { get; set; } = "";

        public double Score { get; set; }
    }
}
