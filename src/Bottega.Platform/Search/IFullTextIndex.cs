using Microsoft.EntityFrameworkCore;

namespace Bottega.Platform.Search;

/// <summary>
/// Full-text search with Italian stemming, the same on SQLite (FTS5) and PostgreSQL (tsvector). Writes go through the
/// caller's context (raw SQL on its connection), so inside the caller's transaction the index row is committed or
/// rolled back with the module's own change.
/// </summary>
public interface IFullTextIndex
{
    /// <summary>Adds the document or replaces the one with the same kind and key.</summary>
    Task UpsertAsync(DbContext db, SearchDocument document, CancellationToken ct);

    Task RemoveAsync(DbContext db, string kind, Guid key, CancellationToken ct);

    /// <summary>
    /// Keys of <paramref name="kind"/> whose title or body contain every word of <paramref name="text"/> (Italian
    /// inflections and accents aside; the last word also as a prefix), best first, at most <paramref name="limit"/>.
    /// With <paramref name="networkId"/> only that network's documents; with null, every document of the kind.
    /// Any user text is accepted: words are taken out of it, never its syntax.
    /// </summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(DbContext db, string kind, Guid? networkId, string text, int limit, CancellationToken ct);

    /// <summary>
    /// Like <see cref="SearchAsync"/>, but a document needs only one of the words; those with more of them (and in the
    /// title) rank first. For suggestions such as "similar questions", where a whole sentence is typed.
    /// </summary>
    Task<IReadOnlyList<SearchHit>> SearchAnyAsync(DbContext db, string kind, Guid? networkId, string text, int limit, CancellationToken ct);

    /// <summary>
    /// The same matches as <see cref="SearchAsync"/> (every word required, the last also as a prefix) with their rank,
    /// neither ordered nor limited, as a query the caller composes with its own tables through the same context: join on
    /// <see cref="SearchMatch.Key"/>, filter, order by <see cref="SearchMatch.Rank"/> descending, count and page in the
    /// database. Text without words gives a query with no rows. On SQLite the key comes back in EF's Guid text form
    /// (upper case), so it joins with EF's Guid columns.
    /// </summary>
    IQueryable<SearchMatch> Matches(DbContext db, string kind, Guid? networkId, string text);
}
