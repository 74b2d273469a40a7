using Bottega.Learning.Data;
using Bottega.Learning.Domain;
using Bottega.Learning.Features.Progress;
using Bottega.Platform.Auditing;
using Bottega.Platform.Files;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Bottega.Learning.Features.Authoring;

public sealed record AuthoredCourseRow(Guid Id, string Title, CourseStatus Status, decimal Hours, DateTime UpdatedAt);

public sealed record AuthoredCoursePage(IReadOnlyList<AuthoredCourseRow> Courses, int Page, int PageSize, int Total);

public sealed record CompetenceOption(Guid Id, Guid FrameworkId, string Framework, string Code, string Name);

public sealed record LevelOption(Guid FrameworkId, int Rank, string Name);

/// <summary>A course with everything its editor shows, read for the owning network only.</summary>
public sealed record CourseDraft(Course Course, IReadOnlyList<CourseModule> Modules, string? CoverFileName, IReadOnlyList<Guid> OfferedTo);

public sealed record Created(LearningResult Result, Guid Id);

/// <summary>
/// Teachers and network admins write their network's courses: description, competences, teachers, cover, modules and
/// learning objects, status. A course is edited only in the network that owns it (<c>course.NetworkId</c>); any other
/// id is "not found". Every write saves the course and its search document in one transaction.
/// </summary>
public sealed class CourseAuthoring
{
    public const int PageSize = 25;

    private readonly LearningDbContext db;
    private readonly ITenantContext tenant;
    private readonly CourseSearchIndexer indexer;
    private readonly LearningFiles files;
    private readonly INetworkPeople people;
    private readonly AuditTrail audit;
    private readonly TimeProvider time;
    private readonly LearningOptions options;

    internal CourseAuthoring(LearningDbContext db, ITenantContext tenant, CourseSearchIndexer indexer, LearningFiles files, INetworkPeople people,
        AuditTrail audit, TimeProvider time, IOptions<LearningOptions> options)
    {
        this.db = db;
        this.tenant = tenant;
        this.indexer = indexer;
        this.files = files;
        this.people = people;
        this.audit = audit;
        this.time = time;
        this.options = options.Value;
    }

    private Guid NetworkId => tenant.NetworkId ?? throw new InvalidOperationException("No network in this request.");

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<AuthoredCoursePage> ListAsync(CourseStatus? status, int page, CancellationToken cancellationToken)
    {
        var networkId = NetworkId;
        var query = db.Courses.AsNoTracking().Where(c => c.NetworkId == networkId);
        if (status is { } s)
        {
            query = query.Where(c => c.Status == s);
        }

        var total = await query.CountAsync(cancellationToken);
        page = Math.Clamp(page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var rows = await query.OrderByDescending(c => c.UpdatedAt).ThenBy(c => c.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(c => new AuthoredCourseRow(c.Id, c.Title, c.Status, c.Hours, c.UpdatedAt)).ToListAsync(cancellationToken);
        return new AuthoredCoursePage(rows, page, PageSize, total);
    }

    /// <summary>A new draft course owned by the request's network, offered in its own catalogue.</summary>
    public async Task<Created> CreateAsync(string title, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > 200)
        {
            return new Created(LearningResult.Refused("Scrivi il titolo del corso (al massimo 200 caratteri)."), Guid.Empty);
        }

        var course = Course.Create(NetworkId, title, Now);
        db.Courses.Add(course);
        db.Offerings.Add(CourseOffering.Create(NetworkId, course.Id, Now));
        await SaveAsync(course.Id, cancellationToken);
        return new Created(LearningResult.Ok, course.Id);
    }

    public async Task<CourseDraft?> GetAsync(Guid courseId, CancellationToken cancellationToken)
    {
        var course = await db.Courses.AsNoTracking().Include(c => c.Competences).Include(c => c.Teachers).AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == courseId && c.NetworkId == NetworkId, cancellationToken);
        if (course is null)
        {
            return null;
        }

        var modules = await db.Modules.AsNoTracking().Include(m => m.Objects).Where(m => m.CourseId == courseId).OrderBy(m => m.Position)
            .ToListAsync(cancellationToken);
        foreach (var module in modules)
        {
            module.Objects.Sort((a, b) => a.Position.CompareTo(b.Position));
        }

        var cover = course.CoverFileId is { } fileId
            ? await db.Files.AsNoTracking().Where(f => f.Id == fileId).Select(f => f.FileName).FirstOrDefaultAsync(cancellationToken)
            : null;
        var offeredTo = await db.Offerings.IgnoreQueryFilters([Bottega.Platform.Data.BottegaModel.TenantFilter]).AsNoTracking()
            .Where(o => o.CourseId == courseId && o.NetworkId != course.NetworkId).Select(o => o.NetworkId).ToListAsync(cancellationToken);
        return new CourseDraft(course, modules, cover, offeredTo);
    }

    /// <summary>Competences of the frameworks the network sees (national and its own) and their levels.</summary>
    public async Task<(IReadOnlyList<CompetenceOption> Competences, IReadOnlyList<LevelOption> Levels)> CompetenceOptionsAsync(CancellationToken cancellationToken)
    {
        var networkId = NetworkId;
        var frameworks = db.Frameworks.AsNoTracking().Where(f => f.NetworkId == null || f.NetworkId == networkId);
        var competences = await db.Competences.AsNoTracking()
            .Join(frameworks, c => c.FrameworkId, f => f.Id, (c, f) => new CompetenceOption(c.Id, f.Id, f.Name, c.Code, c.Name))
            .ToListAsync(cancellationToken);
        var levels = await db.FrameworkLevels.AsNoTracking().Join(frameworks, l => l.FrameworkId, f => f.Id, (l, _) => new LevelOption(l.FrameworkId, l.Rank, l.Name))
            .ToListAsync(cancellationToken);
        return (competences.OrderBy(c => c.Framework, StringComparer.CurrentCulture).ThenBy(c => c.Code, StringComparer.Ordinal).ToList(),
            levels.OrderBy(l => l.Rank).ToList());
    }

    public async Task<LearningResult> DescribeAsync(Guid courseId, CourseInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var course = await OwnCourseAsync(courseId, cancellationToken);
        if (course is null)
        {
            return NotFound;
        }

        if (Validate(input) is { } error)
        {
            return LearningResult.Refused(error);
        }

        course.Describe(input.Title, input.Summary ?? "", input.Description ?? "", input.Hours, input.Level, input.Language, input.Format,
            input.RequiresApproval, input.MinimumMinutes, Now);
        return await SaveAsync(courseId, cancellationToken);
    }

    internal static string? Validate(CourseInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Trim().Length > 200)
        {
            return "Scrivi il titolo del corso (al massimo 200 caratteri).";
        }

        if ((input.Summary?.Length ?? 0) > 1000)
        {
            return "Il sommario può avere al massimo 1000 caratteri.";
        }

        if ((input.Description?.Length ?? 0) > 50_000)
        {
            return "La descrizione è troppo lunga.";
        }

        if (input.Hours < 0.5m || input.Hours > 500)
        {
            return "Le ore devono essere tra 0,5 e 500.";
        }

        if (input.Level is < 1 or > 3)
        {
            return "Il livello deve essere base, intermedio o avanzato.";
        }

        if (input.Language is not ("it" or "en"))
        {
            return "La lingua deve essere italiano o inglese.";
        }

        if (!Enum.IsDefined(input.Format))
        {
            return "Scegli il formato del corso.";
        }

        return input.MinimumMinutes is < 0 or > 30_000 ? "Il tempo minimo deve essere tra 0 e 30000 minuti." : null;
    }

    public async Task<LearningResult> SetCompetencesAsync(Guid courseId, IReadOnlyCollection<CompetenceChoice> choices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var course = await db.Courses.Include(c => c.Competences).FirstOrDefaultAsync(c => c.Id == courseId && c.NetworkId == NetworkId, cancellationToken);
        if (course is null)
        {
            return NotFound;
        }

        var (options, levels) = await CompetenceOptionsAsync(cancellationToken);
        var chosen = choices.GroupBy(c => c.CompetenceId).Select(g => g.First()).ToList();
        foreach (var choice in chosen)
        {
            var option = options.FirstOrDefault(o => o.Id == choice.CompetenceId);
            if (option is null)
            {
                return LearningResult.Refused("Puoi scegliere solo competenze dei quadri nazionali o della rete.");
            }

            if (!levels.Any(l => l.FrameworkId == option.FrameworkId && l.Rank == choice.Level))
            {
                return LearningResult.Refused("Scegli un livello del quadro della competenza.");
            }
        }

        db.CourseCompetences.RemoveRange(course.Competences);
        db.CourseCompetences.AddRange(chosen.Select(c => CourseCompetence.Create(courseId, c.CompetenceId, c.Level)));
        course.Touch(Now);
        return await SaveAsync(courseId, cancellationToken);
    }

    /// <summary>A member of the network, by e-mail, becomes a teacher of the course.</summary>
    public async Task<LearningResult> AddInternalTeacherAsync(Guid courseId, string email, CancellationToken cancellationToken)
    {
        var course = await db.Courses.Include(c => c.Teachers).FirstOrDefaultAsync(c => c.Id == courseId && c.NetworkId == NetworkId, cancellationToken);
        if (course is null)
        {
            return NotFound;
        }

        var person = string.IsNullOrWhiteSpace(email) ? null : await people.FindByEmailAsync(NetworkId, email, cancellationToken);
        if (person is null)
        {
            return LearningResult.Refused("Nessun membro della rete ha questo indirizzo e-mail.");
        }

        if (course.Teachers.Any(t => t.UserId == person.UserId))
        {
            return LearningResult.Refused("Questa persona è già docente del corso.");
        }

        db.Teachers.Add(CourseTeacher.Internal(courseId, person.UserId, person.Name));
        return await SaveAsync(courseId, cancellationToken);
    }

    public async Task<LearningResult> AddExternalTeacherAsync(Guid courseId, string name, string? affiliation, CancellationToken cancellationToken)
    {
        if (await OwnCourseAsync(courseId, cancellationToken) is null)
        {
            return NotFound;
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > 200 || (affiliation?.Length ?? 0) > 200)
        {
            return LearningResult.Refused("Scrivi il nome del docente (al massimo 200 caratteri) e, se vuoi, l'ente di appartenenza.");
        }

        db.Teachers.Add(CourseTeacher.External(courseId, name, string.IsNullOrWhiteSpace(affiliation) ? null : affiliation));
        return await SaveAsync(courseId, cancellationToken);
    }

    public async Task<LearningResult> RemoveTeacherAsync(Guid courseId, Guid teacherId, CancellationToken cancellationToken)
    {
        if (await OwnCourseAsync(courseId, cancellationToken) is null)
        {
            return NotFound;
        }

        var teacher = await db.Teachers.FirstOrDefaultAsync(t => t.Id == teacherId && t.CourseId == courseId, cancellationToken);
        if (teacher is null)
        {
            return NotFound;
        }

        db.Teachers.Remove(teacher);
        return await SaveAsync(courseId, cancellationToken);
    }

    public async Task<LearningResult> SetCoverAsync(Guid courseId, Guid userId, Upload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var course = await OwnCourseAsync(courseId, cancellationToken);
        if (course is null)
        {
            return NotFound;
        }

        var stored = await files.StoreAsync(upload, FileKinds.Images, options.MaxCoverMegabytes, userId, cancellationToken);
        if (!stored.Result.Succeeded)
        {
            return stored.Result;
        }

        course.SetCover(stored.Id);
        course.Touch(Now);
        return await SaveAsync(courseId, cancellationToken);
    }

    public async Task<LearningResult> PublishAsync(Guid courseId, CancellationToken cancellationToken)
    {
        var course = await OwnCourseAsync(courseId, cancellationToken);
        if (course is null)
        {
            return NotFound;
        }

        var hasContent = await db.Objects.AnyAsync(o => o.CourseId == courseId && o.Required
            && db.Modules.Any(m => m.Id == o.ModuleId && m.CourseId == courseId), cancellationToken);
        if (!hasContent)
        {
            return LearningResult.Refused("Per pubblicare il corso aggiungi almeno un modulo con un contenuto obbligatorio.");
        }

        course.Publish(Now);
        audit.Record(db, NetworkId, "course.published", "course", courseId);
        return await SaveAsync(courseId, cancellationToken);
    }

    public async Task<LearningResult> ArchiveAsync(Guid courseId, CancellationToken cancellationToken)
    {
        var course = await OwnCourseAsync(courseId, cancellationToken);
        if (course is null)
        {
            return NotFound;
        }

        course.Archive(Now);
        audit.Record(db, NetworkId, "course.archived", "course", courseId);
        return await SaveAsync(courseId, cancellationToken);
    }

    public async Task<LearningResult> BackToDraftAsync(Guid courseId, CancellationToken cancellationToken)
    {
        var course = await OwnCourseAsync(courseId, cancellationToken);
        if (course is null)
        {
            return NotFound;
        }

        course.BackToDraft(Now);
        return await SaveAsync(courseId, cancellationToken);
    }

    public async Task<LearningResult> AddModuleAsync(Guid courseId, string title, CancellationToken cancellationToken)
    {
        if (await OwnCourseAsync(courseId, cancellationToken) is not { } course)
        {
            return NotFound;
        }

        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > 200)
        {
            return LearningResult.Refused("Scrivi il titolo del modulo (al massimo 200 caratteri).");
        }

        var last = await db.Modules.Where(m => m.CourseId == courseId).MaxAsync(m => (int?)m.Position, cancellationToken) ?? 0;
        db.Modules.Add(CourseModule.Create(courseId, title, last + 1));
        course.Touch(Now);
        return await SaveAsync(courseId, cancellationToken);
    }

    public async Task<LearningResult> RenameModuleAsync(Guid courseId, Guid moduleId, string title, CancellationToken cancellationToken)
    {
        var module = await OwnModuleAsync(courseId, moduleId, cancellationToken);
        if (module is null)
        {
            return NotFound;
        }

        if (string.IsNullOrWhiteSpace(title) || title.Trim().Length > 200)
        {
            return LearningResult.Refused("Scrivi il titolo del modulo (al massimo 200 caratteri).");
        }

        module.Rename(title);
        return await SaveAsync(courseId, cancellationToken);
    }

    /// <summary>Swaps the module with the one before (<paramref name="up"/>) or after it.</summary>
    public async Task<LearningResult> MoveModuleAsync(Guid courseId, Guid moduleId, bool up, CancellationToken cancellationToken)
    {
        if (await OwnCourseAsync(courseId, cancellationToken) is null)
        {
            return NotFound;
        }

        var modules = await db.Modules.Where(m => m.CourseId == courseId).OrderBy(m => m.Position).ToListAsync(cancellationToken);
        var index = modules.FindIndex(m => m.Id == moduleId);
        if (index < 0)
        {
            return NotFound;
        }

        var other = up ? index - 1 : index + 1;
        if (other >= 0 && other < modules.Count)
        {
            (modules[index], modules[other]) = (modules[other], modules[index]);
        }

        for (var i = 0; i < modules.Count; i++)
        {
            modules[i].MoveTo(i + 1);
        }

        return await SaveAsync(courseId, cancellationToken);
    }

    public async Task<LearningResult> DeleteModuleAsync(Guid courseId, Guid moduleId, CancellationToken cancellationToken)
    {
        var module = await OwnModuleAsync(courseId, moduleId, cancellationToken);
        if (module is null)
        {
            return NotFound;
        }

        db.Objects.RemoveRange(await db.Objects.Where(o => o.ModuleId == moduleId).ToListAsync(cancellationToken));
        db.Modules.Remove(module);
        audit.Record(db, NetworkId, "course.module-deleted", "course", courseId, module.Title);
        return await SaveAsync(courseId, cancellationToken);
    }

    public async Task<LearningObject?> GetObjectAsync(Guid courseId, Guid objectId, CancellationToken cancellationToken) =>
        await OwnCourseAsync(courseId, cancellationToken) is null
            ? null
            : await db.Objects.AsNoTracking().FirstOrDefaultAsync(o => o.Id == objectId && o.CourseId == courseId, cancellationToken);

    /// <summary>Adds an object of <paramref name="kind"/> at the end of the module.</summary>
    public async Task<Created> AddObjectAsync(Guid courseId, Guid moduleId, LearningObjectKind kind, ObjectInput input, Upload? upload, Guid userId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await OwnModuleAsync(courseId, moduleId, cancellationToken) is null)
        {
            return new Created(NotFound, Guid.Empty);
        }

        if (!Enum.IsDefined(kind))
        {
            return new Created(LearningResult.Refused("Scegli il tipo di contenuto."), Guid.Empty);
        }

        var content = await ContentAsync(kind, input, upload, null, userId, cancellationToken);
        if (content.Error is { } error)
        {
            return new Created(LearningResult.Refused(error), Guid.Empty);
        }

        var last = await db.Objects.Where(o => o.ModuleId == moduleId).MaxAsync(o => (int?)o.Position, cancellationToken) ?? 0;
        var item = LearningObject.Create(courseId, moduleId, kind, input.Title, last + 1, input.Required, input.Minutes, content.Json!);
        db.Objects.Add(item);
        (await OwnCourseAsync(courseId, cancellationToken))!.Touch(Now);
        return new Created(await SaveAsync(courseId, cancellationToken), item.Id);
    }

    public async Task<LearningResult> UpdateObjectAsync(Guid courseId, Guid objectId, ObjectInput input, Upload? upload, Guid userId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var course = await OwnCourseAsync(courseId, cancellationToken);
        var item = course is null ? null : await db.Objects.FirstOrDefaultAsync(o => o.Id == objectId && o.CourseId == courseId, cancellationToken);
        if (item is null)
        {
            return NotFound;
        }

        var content = await ContentAsync(item.Kind, input, upload, item.Content, userId, cancellationToken);
        if (content.Error is { } error)
        {
            return LearningResult.Refused(error);
        }

        item.Update(input.Title, input.Required, input.Minutes, content.Json!);
        course!.Touch(Now);
        return await SaveAsync(courseId, cancellationToken);
    }

    public async Task<LearningResult> MoveObjectAsync(Guid courseId, Guid objectId, bool up, CancellationToken cancellationToken)
    {
        var item = await OwnCourseAsync(courseId, cancellationToken) is null
            ? null
            : await db.Objects.AsNoTracking().FirstOrDefaultAsync(o => o.Id == objectId && o.CourseId == courseId, cancellationToken);
        if (item is null)
        {
            return NotFound;
        }

        var siblings = await db.Objects.Where(o => o.ModuleId == item.ModuleId).OrderBy(o => o.Position).ToListAsync(cancellationToken);
        var index = siblings.FindIndex(o => o.Id == objectId);
        var other = up ? index - 1 : index + 1;
        if (other >= 0 && other < siblings.Count)
        {
            (siblings[index], siblings[other]) = (siblings[other], siblings[index]);
        }

        for (var i = 0; i < siblings.Count; i++)
        {
            siblings[i].MoveTo(item.ModuleId, i + 1);
        }

        return await SaveAsync(courseId, cancellationToken);
    }

    public async Task<LearningResult> DeleteObjectAsync(Guid courseId, Guid objectId, CancellationToken cancellationToken)
    {
        var item = await OwnCourseAsync(courseId, cancellationToken) is null
            ? null
            : await db.Objects.FirstOrDefaultAsync(o => o.Id == objectId && o.CourseId == courseId, cancellationToken);
        if (item is null)
        {
            return NotFound;
        }

        db.Objects.Remove(item);
        audit.Record(db, NetworkId, "course.object-deleted", "course", courseId, item.Title);
        return await SaveAsync(courseId, cancellationToken);
    }

    /// <summary>Offers a published course of this network in another network's catalogue (federation).</summary>
    public async Task<LearningResult> OfferAsync(Guid courseId, Guid networkId, CancellationToken cancellationToken)
    {
        var course = await OwnCourseAsync(courseId, cancellationToken);
        if (course is null)
        {
            return NotFound;
        }

        if (course.Status != CourseStatus.Published)
        {
            return LearningResult.Refused("Solo un corso pubblicato può essere offerto ad altre reti.");
        }

        if (networkId == course.NetworkId)
        {
            return LearningResult.Refused("Il corso è già nel catalogo di questa rete.");
        }

        var offerings = db.Offerings.IgnoreQueryFilters([Bottega.Platform.Data.BottegaModel.TenantFilter]);
        if (await offerings.AnyAsync(o => o.CourseId == courseId && o.NetworkId == networkId, cancellationToken))
        {
            return LearningResult.Refused("Il corso è già offerto a quella rete.");
        }

        db.Offerings.Add(CourseOffering.Create(networkId, courseId, Now));
        audit.Record(db, NetworkId, "course.offered", "course", courseId, networkId.ToString());
        return await SaveAsync(courseId, cancellationToken);
    }

    public async Task<LearningResult> WithdrawOfferAsync(Guid courseId, Guid networkId, CancellationToken cancellationToken)
    {
        var course = await OwnCourseAsync(courseId, cancellationToken);
        if (course is null || networkId == course.NetworkId)
        {
            return NotFound;
        }

        var offering = await db.Offerings.IgnoreQueryFilters([Bottega.Platform.Data.BottegaModel.TenantFilter])
            .FirstOrDefaultAsync(o => o.CourseId == courseId && o.NetworkId == networkId, cancellationToken);
        if (offering is null)
        {
            return NotFound;
        }

        db.Offerings.Remove(offering);
        audit.Record(db, NetworkId, "course.offer-withdrawn", "course", courseId, networkId.ToString());
        return await SaveAsync(courseId, cancellationToken);
    }

    private static readonly LearningResult NotFound = LearningResult.Missing("Corso non trovato in questa rete.");

    private Task<Course?> OwnCourseAsync(Guid courseId, CancellationToken cancellationToken) =>
        db.Courses.FirstOrDefaultAsync(c => c.Id == courseId && c.NetworkId == NetworkId, cancellationToken);

    private async Task<CourseModule?> OwnModuleAsync(Guid courseId, Guid moduleId, CancellationToken cancellationToken) =>
        await OwnCourseAsync(courseId, cancellationToken) is null
            ? null
            : await db.Modules.FirstOrDefaultAsync(m => m.Id == moduleId && m.CourseId == courseId, cancellationToken);

    private async Task<(string? Json, string? Error)> ContentAsync(LearningObjectKind kind, ObjectInput input, Upload? upload, string? previous, Guid userId,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Trim().Length > 200)
        {
            return (null, "Scrivi il titolo del contenuto (al massimo 200 caratteri).");
        }

        if (input.Minutes is < 0 or > 6000)
        {
            return (null, "La durata deve essere tra 0 e 6000 minuti.");
        }

        var url = string.IsNullOrWhiteSpace(input.Url) ? null : input.Url.Trim();
        switch (kind)
        {
            case LearningObjectKind.Page:
                return string.IsNullOrWhiteSpace(input.Markdown)
                    ? (null, "Scrivi il testo della pagina.")
                    : (Objects.ObjectContent.Write(new Objects.PageContent { Markdown = input.Markdown }), null);
            case LearningObjectKind.Video:
                {
                    if (input.CompletePercent is < 10 or > 100)
                    {
                        return (null, "La quota da guardare deve essere tra 10 e 100%.");
                    }

                    var old = previous is null ? null : Objects.ObjectContent.Read<Objects.VideoContent>(previous);
                    var file = await FileOrUrlAsync(upload, url, FileKinds.Videos, options.MaxVideoMegabytes, old?.FileId, userId, cancellationToken);
                    return file.Error is not null
                        ? (null, file.Error)
                        : (Objects.ObjectContent.Write(new Objects.VideoContent
                        {
                            FileId = file.FileId,
                            Url = file.FileId is null ? url : null,
                            CompleteAtShare = input.CompletePercent / 100.0,
                            Transcript = input.Transcript,
                        }), null);
                }

            case LearningObjectKind.Document:
                {
                    var old = previous is null ? null : Objects.ObjectContent.Read<Objects.DocumentContent>(previous);
                    var file = await FileOrUrlAsync(upload, url, FileKinds.Documents, options.MaxDocumentMegabytes, old?.FileId, userId, cancellationToken);
                    return file.Error is not null
                        ? (null, file.Error)
                        : (Objects.ObjectContent.Write(new Objects.DocumentContent
                        {
                            FileId = file.FileId,
                            FileName = file.FileId is null ? null : upload?.FileName ?? old?.FileName,
                            Url = file.FileId is null ? url : null,
                            Notes = input.Notes,
                        }), null);
                }

            case LearningObjectKind.Quiz:
                if (input.PassingScore is < 0 or > 100 || input.DrawCount is < 1 || input.MaxAttempts is < 1)
                {
                    return (null, "Controlla le impostazioni del quiz: soglia tra 0 e 100, domande estratte e tentativi almeno 1.");
                }

                return (Objects.ObjectContent.Write(new Objects.QuizContent
                {
                    PassingScore = input.PassingScore,
                    DrawCount = input.DrawCount,
                    MaxAttempts = input.MaxAttempts,
                    ShowFeedback = input.ShowFeedback,
                    Instructions = input.Notes,
                }), null);
            case LearningObjectKind.ExternalLink:
                return !IsWebAddress(url, allowHttp: true)
                    ? (null, "Scrivi un indirizzo web completo (https:// o http://).")
                    : (Objects.ObjectContent.Write(new Objects.LinkContent { Url = url!, Description = input.Notes }), null);
            case LearningObjectKind.LiveSession:
                return (Objects.ObjectContent.Write(new Objects.LiveSessionContent
                {
                    EventSessionId = input.EventSessionId,
                    StartsAt = input.StartsAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null,
                    Description = input.Notes,
                }), null);
            default:
                return (null, "Scegli il tipo di contenuto.");
        }
    }

    private async Task<(Guid? FileId, string? Error)> FileOrUrlAsync(Upload? upload, string? url, IReadOnlyList<FileKind> kinds, int maxMegabytes, Guid? previousFile,
        Guid userId, CancellationToken cancellationToken)
    {
        if (upload is not null && upload.Length > 0)
        {
            var stored = await files.StoreAsync(upload, kinds, maxMegabytes, userId, cancellationToken);
            return stored.Result.Succeeded ? (stored.Id, null) : (null, stored.Result.Error);
        }

        if (url is not null)
        {
            return IsWebAddress(url, allowHttp: false) ? (null, null) : (null, "L'indirizzo deve essere completo e iniziare con https://.");
        }

        return previousFile is { } keep ? (keep, null) : (null, "Carica un file o scrivi l'indirizzo (https://).");
    }

    internal static bool IsWebAddress(string? url, bool allowHttp) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || (allowHttp && uri.Scheme == Uri.UriSchemeHttp))
        && !string.IsNullOrEmpty(uri.Host);

    private async Task<LearningResult> SaveAsync(Guid courseId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await indexer.IndexAsync(courseId, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return LearningResult.Ok;
    }
}
