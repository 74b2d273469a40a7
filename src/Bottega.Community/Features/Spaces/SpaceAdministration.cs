using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Learning.Contracts;
using Bottega.Platform.Auditing;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Spaces;

/// <summary>The network admins' side of spaces: list, create, edit, archive and restore, every change audited.</summary>
public sealed class SpaceAdministration
{
    private const int MaxPosition = 10_000;

    private readonly CommunityDbContext db;
    private readonly ITenantContext tenant;
    private readonly TimeProvider time;
    private readonly AuditTrail audit;
    private readonly ILearningCatalogLookup catalog;

    internal SpaceAdministration(CommunityDbContext db, ITenantContext tenant, TimeProvider time, AuditTrail audit, ILearningCatalogLookup catalog)
    {
        this.db = db;
        this.tenant = tenant;
        this.time = time;
        this.audit = audit;
        this.catalog = catalog;
    }

    private Guid NetworkId => tenant.NetworkId ?? throw new InvalidOperationException("No network in this request.");

    public async Task<IReadOnlyList<SpaceAdminRow>> ListAsync(CancellationToken ct) =>
        await db.Spaces.AsNoTracking().OrderBy(s => s.IsArchived).ThenBy(s => s.Position).ThenBy(s => s.Name)
            .Select(s => new SpaceAdminRow(s.Id, s.Name, s.Slug, s.Kind, s.ReadAccess, s.PostAccess, s.Position, s.IsArchived, s.TopicCount,
                db.SpaceMembers.Count(m => m.SpaceId == s.Id)))
            .ToListAsync(ct);

    public Task<Space?> GetAsync(Guid spaceId, CancellationToken ct) => db.Spaces.AsNoTracking().FirstOrDefaultAsync(s => s.Id == spaceId, ct);

    /// <summary>The courses of the network's catalogue a course space may discuss.</summary>
    public Task<IReadOnlyList<CatalogCourse>> CoursesAsync(CancellationToken ct) => catalog.CoursesAsync(NetworkId, ct);

    public async Task<SpaceResult> CreateAsync(SpaceInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (await ValidateAsync(input, null, ct) is { } error)
        {
            return SpaceResult.Refused(error);
        }

        var name = input.Name!.Trim();
        var wanted = SpaceSlugs.From(name);
        // Two admins creating "Appalti" at once both see "appalti" free: the unique index refuses the second, which retries.
        for (var attempt = 0; ; attempt++)
        {
            var taken = (await db.Spaces.AsNoTracking().Where(s => s.Slug == wanted || s.Slug.StartsWith(wanted + "-")).Select(s => s.Slug).ToListAsync(ct))
                .ToHashSet(StringComparer.Ordinal);
            var space = Space.Create(NetworkId, SpaceSlugs.FirstFree(wanted, taken), name, Clean(input.Description), input.Kind, SourceOf(input),
                input.ReadAccess, input.PostAccess, input.Position, time.GetUtcNow().UtcDateTime);
            db.Spaces.Add(space);
            audit.Record(db, NetworkId, "community.space.created", "community.space", space.Id, space.Slug);
            try
            {
                await db.SaveChangesAsync(ct);
                return SpaceResult.Ok(space.Id);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    public async Task<SpaceResult> UpdateAsync(Guid spaceId, SpaceInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var space = await db.Spaces.FirstOrDefaultAsync(s => s.Id == spaceId, ct);
        if (space is null)
        {
            return SpaceResult.Missing;
        }

        if (await ValidateAsync(input, spaceId, ct) is { } error)
        {
            return SpaceResult.Refused(error);
        }

        space.Update(input.Name!.Trim(), Clean(input.Description), input.ReadAccess, input.PostAccess, input.Position);
        space.Reclassify(input.Kind, SourceOf(input));
        audit.Record(db, NetworkId, "community.space.updated", "community.space", space.Id, space.Slug);
        await db.SaveChangesAsync(ct);
        return SpaceResult.Ok(space.Id);
    }

    /// <summary>Archives (read-only: readable, nobody posts) or restores the space.</summary>
    public async Task<SpaceResult> ArchiveAsync(Guid spaceId, bool archived, CancellationToken ct)
    {
        var space = await db.Spaces.FirstOrDefaultAsync(s => s.Id == spaceId, ct);
        if (space is null)
        {
            return SpaceResult.Missing;
        }

        if (space.IsArchived != archived)
        {
            space.Archive(archived);
            audit.Record(db, NetworkId, "community.space.archived", "community.space", space.Id, archived ? "archived" : "restored");
            await db.SaveChangesAsync(ct);
        }

        return SpaceResult.Ok(space.Id);
    }

    private async Task<string?> ValidateAsync(SpaceInput input, Guid? spaceId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Trim().Length > 120)
        {
            return "Scrivi il nome dello spazio (al massimo 120 caratteri).";
        }

        if ((input.Description?.Length ?? 0) > 1000)
        {
            return "La descrizione può avere al massimo 1000 caratteri.";
        }

        if (!Enum.IsDefined(input.Kind) || !Enum.IsDefined(input.ReadAccess) || !Enum.IsDefined(input.PostAccess))
        {
            return "Scegli il tipo dello spazio e chi può leggere e scrivere.";
        }

        if (input.Position is < 0 or > MaxPosition)
        {
            return "La posizione deve essere un numero tra 0 e 10000.";
        }

        if (input.Kind == SpaceKind.WorkingGroup && input.ReadAccess == SpaceAccess.NetworkMembers)
        {
            return "Uno spazio di gruppo di lavoro è riservato ai suoi membri: scegli chi può leggere tra i membri dello spazio o i moderatori.";
        }

        if (input.Kind != SpaceKind.Course)
        {
            return null;
        }

        if (input.CourseId is not { } courseId || !(await catalog.CoursesAsync(NetworkId, ct)).Any(c => c.Id == courseId))
        {
            return "Scegli un corso del catalogo della rete.";
        }

        var discussed = await db.Spaces.AnyAsync(s => s.Kind == SpaceKind.Course && s.SourceId == courseId && s.Id != spaceId, ct);
        return discussed ? "Questo corso ha già uno spazio di discussione." : null;
    }

    private static Guid? SourceOf(SpaceInput input) => input.Kind == SpaceKind.Course ? input.CourseId : null;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
