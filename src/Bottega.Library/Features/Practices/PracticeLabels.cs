using Bottega.Learning.Contracts;
using Bottega.Library.Data;
using Bottega.Library.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Features.Practices;

/// <summary>A case's tags and competences (rows of <see cref="GoodPracticeLabel"/>): checked against the network's catalogue and replaced as a whole.</summary>
internal sealed class PracticeLabels(LibraryDbContext db, ILearningCatalogLookup catalog)
{
    public async Task<string?> CheckCompetencesAsync(Guid networkId, IReadOnlyCollection<Guid> competenceIds, CancellationToken ct)
    {
        if (competenceIds.Count == 0)
        {
            return null;
        }

        if (competenceIds.Count > 20)
        {
            return "Al massimo 20 competenze.";
        }

        var known = (await catalog.CompetencesAsync(networkId, ct)).Select(c => c.Id).ToHashSet();
        return competenceIds.All(known.Contains) ? null : "Una competenza scelta non è nel catalogo della rete.";
    }

    /// <summary>Labels of a case not saved yet.</summary>
    public void Replace(GoodPractice practice, IReadOnlyList<string> tags, IReadOnlyCollection<Guid> competenceIds)
    {
        db.PracticeLabels.AddRange(tags.Select(t => GoodPracticeLabel.ForTag(practice.NetworkId, practice.Id, t)));
        db.PracticeLabels.AddRange(competenceIds.Distinct().Select(c => GoodPracticeLabel.ForCompetence(practice.NetworkId, practice.Id, c)));
    }

    public async Task ReplaceAsync(GoodPractice practice, IReadOnlyList<string> tags, IReadOnlyCollection<Guid> competenceIds, CancellationToken ct)
    {
        db.PracticeLabels.RemoveRange(await db.PracticeLabels.Where(l => l.PracticeId == practice.Id).ToListAsync(ct));
        Replace(practice, tags, competenceIds);
    }

    public async Task<IReadOnlyList<string>> TagsOfAsync(Guid practiceId, CancellationToken ct) =>
        await db.PracticeLabels.Where(l => l.PracticeId == practiceId && l.Tag != null).OrderBy(l => l.Tag).Select(l => l.Tag!).ToListAsync(ct);
}
