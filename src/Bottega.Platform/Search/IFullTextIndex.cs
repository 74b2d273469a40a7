using Microsoft.EntityFrameworkCore;

namespace Bottega.Platform.Search;

public sealed record SearchDocument(string Kind, Guid Key, Guid? NetworkId, string Title, string Body);

public sealed record SearchHit(Guid Key, double Rank);

public interface IFullTextIndex
{
    Task UpsertAsync(DbContext db, SearchDocument document, CancellationToken ct);

    Task RemoveAsync(DbContext db, string kind, Guid key, CancellationToken ct);

    Task<IReadOnlyList<SearchHit>> SearchAsync(DbContext db, string kind, string text, int limit, CancellationToken ct);
}
