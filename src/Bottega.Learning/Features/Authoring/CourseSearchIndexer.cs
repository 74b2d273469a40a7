using Bottega.Learning.Data;
using Bottega.Learning.Domain;
using Bottega.Learning.Features.Catalogue;
using Bottega.Platform.Search;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Learning.Features.Authoring;

/// <summary>
/// Keeps the catalogue's full-text index current: one document per course (title; summary, description, module and
/// object titles and competence names as body; the owning network). Called after SaveChanges inside the caller's
/// transaction, so the index row is committed or rolled back with the course. Archived courses are removed.
/// </summary>
public sealed class CourseSearchIndexer
{
    private readonly LearningDbContext db;
    private readonly IFullTextIndex index;

    internal CourseSearchIndexer(LearningDbContext db, IFullTextIndex index)
    {
        this.db = db;
        this.index = index;
    }

    /// <summary>Writes (or removes) the course's document from what the context's connection now sees.</summary>
    public async Task IndexAsync(Guid courseId, CancellationToken cancellationToken)
    {
        var course = await db.Courses.AsNoTracking().Where(c => c.Id == courseId)
            .Select(c => new { c.Id, c.NetworkId, c.Title, c.Summary, c.Description, c.Status }).FirstOrDefaultAsync(cancellationToken);
        if (course is null || course.Status == CourseStatus.Archived)
        {
            await index.RemoveAsync(db, CourseCatalogue.SearchKind, courseId, cancellationToken);
            return;
        }

        var modules = await db.Modules.AsNoTracking().Where(m => m.CourseId == courseId).OrderBy(m => m.Position).Select(m => m.Title).ToListAsync(cancellationToken);
        var objects = await db.Objects.AsNoTracking().Where(o => o.CourseId == courseId).OrderBy(o => o.Position).Select(o => o.Title).ToListAsync(cancellationToken);
        var competences = await db.CourseCompetences.AsNoTracking().Where(cc => cc.CourseId == courseId)
            .Join(db.Competences.AsNoTracking(), cc => cc.CompetenceId, c => c.Id, (_, c) => c.Name).ToListAsync(cancellationToken);
        var body = string.Join("\n", new[] { course.Summary, course.Description }.Concat(modules).Concat(objects).Concat(competences)
            .Where(s => !string.IsNullOrWhiteSpace(s)));
        await index.UpsertAsync(db, new SearchDocument(CourseCatalogue.SearchKind, course.Id, course.NetworkId, course.Title, body), cancellationToken);
    }

    /// <summary>Rebuilds every course's document (after a restore or an import); the host may call it from a command.</summary>
    public async Task<int> ReindexAllAsync(CancellationToken cancellationToken)
    {
        var ids = await db.Courses.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);
        foreach (var chunk in ids.Chunk(200))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var id in chunk)
            {
                await IndexAsync(id, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return ids.Count;
    }
}
