using Bottega.Learning.Contracts;
using Bottega.Learning.Data;
using Bottega.Learning.Domain;
using Bottega.Learning.Objects;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Learning.Features.Ledger;

/// <summary>Live-session and recording objects that the events module adds to a linked course.</summary>
internal sealed class LiveSessionObjects(LearningDbContext db) : ILiveSessionObjects
{
    internal const string LiveModuleTitle = "Sessioni dal vivo";

    public async Task<Guid?> EnsureLiveSessionObjectAsync(Guid courseId, Guid sessionId, string title, DateTime startsAt, int minutes, CancellationToken cancellationToken)
    {
        if (!await db.Courses.AnyAsync(c => c.Id == courseId, cancellationToken))
        {
            return null;
        }

        var existing = await SessionObjectAsync(courseId, sessionId, cancellationToken);
        if (existing is not null)
        {
            return existing.Id;
        }

        var module = await LiveModuleAsync(courseId, cancellationToken);
        var content = ObjectContent.Write(new LiveSessionContent { EventSessionId = sessionId, StartsAt = startsAt });
        var created = LearningObject.Create(courseId, module.Id, LearningObjectKind.LiveSession, title, await NextPositionAsync(module.Id, cancellationToken), true, minutes, content);
        db.Objects.Add(created);
        await db.SaveChangesAsync(cancellationToken);
        return created.Id;
    }

    public async Task<Guid?> AttachRecordingAsync(Guid courseId, Guid sessionId, string title, string url, int minutes, CancellationToken cancellationToken)
    {
        if (!await db.Courses.AnyAsync(c => c.Id == courseId, cancellationToken))
        {
            return null;
        }

        var links = await db.Objects.Where(o => o.CourseId == courseId && o.Kind == LearningObjectKind.ExternalLink).ToListAsync(cancellationToken);
        var same = links.FirstOrDefault(o => ObjectContent.Read<LinkContent>(o.Content).Url == url);
        if (same is not null)
        {
            return same.Id;
        }

        var session = await SessionObjectAsync(courseId, sessionId, cancellationToken);
        var moduleId = session?.ModuleId ?? (await LiveModuleAsync(courseId, cancellationToken)).Id;
        var content = ObjectContent.Write(new LinkContent { Url = url, Description = title });
        var created = LearningObject.Create(courseId, moduleId, LearningObjectKind.ExternalLink, title, await NextPositionAsync(moduleId, cancellationToken), false, minutes, content);
        db.Objects.Add(created);
        await db.SaveChangesAsync(cancellationToken);
        return created.Id;
    }

    private async Task<LearningObject?> SessionObjectAsync(Guid courseId, Guid sessionId, CancellationToken cancellationToken)
    {
        var objects = await db.Objects.Where(o => o.CourseId == courseId && o.Kind == LearningObjectKind.LiveSession).ToListAsync(cancellationToken);
        return objects.FirstOrDefault(o => ObjectContent.Read<LiveSessionContent>(o.Content).EventSessionId == sessionId);
    }

    private async Task<CourseModule> LiveModuleAsync(Guid courseId, CancellationToken cancellationToken)
    {
        var module = await db.Modules.FirstOrDefaultAsync(m => m.CourseId == courseId && m.Title == LiveModuleTitle, cancellationToken);
        if (module is not null)
        {
            return module;
        }

        var position = await db.Modules.Where(m => m.CourseId == courseId).Select(m => (int?)m.Position).MaxAsync(cancellationToken) ?? 0;
        module = CourseModule.Create(courseId, LiveModuleTitle, position + 1);
        db.Modules.Add(module);
        return module;
    }

    private async Task<int> NextPositionAsync(Guid moduleId, CancellationToken cancellationToken) =>
        (await db.Objects.Where(o => o.ModuleId == moduleId).Select(o => (int?)o.Position).MaxAsync(cancellationToken) ?? 0) + 1;
}
