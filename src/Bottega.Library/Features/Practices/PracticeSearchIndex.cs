using Bottega.Library.Data;
using Bottega.Library.Domain;
using Bottega.Platform.Search;

namespace Bottega.Library.Features.Practices;

/// <summary>
/// Keeps a good practice's row of the full-text index in step: a published case is indexed (title; summary, problem,
/// solution, results and tags as body), any other is removed. Called before the change is saved, in its transaction.
/// </summary>
internal sealed class PracticeSearchIndex(IFullTextIndex index)
{
    public const string Kind = "library.practice";

    public async Task IndexAsync(LibraryDbContext db, GoodPractice practice, IEnumerable<string> tags, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(practice);
        if (practice.Status != PracticeStatus.Published)
        {
            await index.RemoveAsync(db, Kind, practice.Id, ct);
            return;
        }

        var body = string.Join('\n', new[] { practice.Summary, practice.Problem, practice.Solution, practice.Results, string.Join(' ', tags) }
            .Where(s => !string.IsNullOrWhiteSpace(s)));
        await index.UpsertAsync(db, new SearchDocument(Kind, practice.Id, practice.NetworkId, practice.Title, body), ct);
    }
}
