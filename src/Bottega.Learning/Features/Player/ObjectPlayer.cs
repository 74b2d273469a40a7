using Bottega.Learning.Data;
using Bottega.Learning.Domain;
using Bottega.Platform.Files;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Learning.Features.Player;

public sealed record PlayerStep(Guid Id, string Title, LearningObjectKind Kind, bool Completed);

public sealed record PlayerView(Course Course, LearningObject Item, ObjectProgress? Progress, Enrolment Enrolment, IReadOnlyList<PlayerStep> Steps)
{
    public PlayerStep? Previous => Steps.TakeWhile(s => s.Id != Item.Id).LastOrDefault();

    public PlayerStep? Next => Steps.SkipWhile(s => s.Id != Item.Id).Skip(1).FirstOrDefault();
}

public sealed record FileDownload(Stream Content, string FileName, string ContentType);

/// <summary>What a learner sees of one learning object: only in a course offered in the request's network, only while enrolled.</summary>
public sealed class ObjectPlayer
{
    private readonly LearningDbContext db;
    private readonly IFileStore files;

    internal ObjectPlayer(LearningDbContext db, IFileStore files)
    {
        this.db = db;
        this.files = files;
    }

    public async Task<PlayerView?> GetAsync(Guid courseId, Guid objectId, Guid userId, CancellationToken cancellationToken)
    {
        if (!await db.Offerings.AsNoTracking().AnyAsync(o => o.CourseId == courseId, cancellationToken))
        {
            return null;
        }

        var learningObject = await db.Objects.AsNoTracking().FirstOrDefaultAsync(o => o.Id == objectId && o.CourseId == courseId, cancellationToken);
        var enrolment = await db.Enrolments.AsNoTracking().FirstOrDefaultAsync(e => e.CourseId == courseId && e.UserId == userId, cancellationToken);
        if (learningObject is null || enrolment is null || !enrolment.IsOpen)
        {
            return null;
        }

        var course = await db.Courses.AsNoTracking().FirstAsync(c => c.Id == courseId, cancellationToken);
        var done = await db.Progress.AsNoTracking().Where(p => p.EnrolmentId == enrolment.Id && p.Status == ProgressStatus.Completed)
            .Select(p => p.ObjectId).ToListAsync(cancellationToken);
        var steps = await db.Modules.AsNoTracking().Where(m => m.CourseId == courseId)
            .Join(db.Objects.AsNoTracking(), m => m.Id, o => o.ModuleId, (m, o) => new { ModulePosition = m.Position, o.Position, o.Id, o.Title, o.Kind })
            .OrderBy(x => x.ModulePosition).ThenBy(x => x.Position).ToListAsync(cancellationToken);
        var progress = await db.Progress.AsNoTracking().FirstOrDefaultAsync(p => p.EnrolmentId == enrolment.Id && p.ObjectId == objectId, cancellationToken);
        return new PlayerView(course, learningObject, progress, enrolment, steps.Select(s => new PlayerStep(s.Id, s.Title, s.Kind, done.Contains(s.Id))).ToList());
    }

    /// <summary>A file of a course (video, document), for a person enrolled in it or allowed to edit it.</summary>
    public async Task<FileDownload?> OpenFileAsync(Guid courseId, Guid fileId, Guid userId, bool canEdit, CancellationToken cancellationToken)
    {
        var offered = await db.Offerings.AsNoTracking().AnyAsync(o => o.CourseId == courseId, cancellationToken);
        var enrolled = await db.Enrolments.AsNoTracking().AnyAsync(e => e.CourseId == courseId && e.UserId == userId
            && (e.Status == EnrolmentStatus.Active || e.Status == EnrolmentStatus.Completed), cancellationToken);
        // Editors see the files of their own network's courses only, not of courses federated into it.
        var ownedHere = canEdit && await db.Offerings.AsNoTracking().Where(o => o.CourseId == courseId)
            .Join(db.Courses.AsNoTracking(), o => o.CourseId, c => c.Id, (o, c) => o.NetworkId == c.NetworkId).AnyAsync(owned => owned, cancellationToken);
        if (!offered || (!enrolled && !ownedHere))
        {
            return null;
        }

        // The file must belong to one of the course's objects (or be its cover): an id alone opens nothing.
        var fileText = fileId.ToString();
        var belongs = await db.Courses.AsNoTracking().AnyAsync(c => c.Id == courseId && c.CoverFileId == fileId, cancellationToken)
            || await db.Objects.AsNoTracking().AnyAsync(o => o.CourseId == courseId && o.Content.Contains(fileText), cancellationToken);
        var file = belongs ? await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId, cancellationToken) : null;
        if (file is null)
        {
            return null;
        }

        var content = await files.OpenAsync(file.StorageKey, cancellationToken);
        return content is null ? null : new FileDownload(content, file.FileName, file.ContentType);
    }
}
