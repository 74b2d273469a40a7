using Bottega.Credentials.Data;
using Bottega.Credentials.Domain;
using Bottega.Platform.Auditing;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Credentials.Features.Administration;

/// <summary>A network's achievements as its administrators see and write them: list, create, edit, archive and restore.</summary>
public sealed class AchievementAdministration
{
    public const int PageSize = 25;
    private readonly CredentialsDbContext db;
    private readonly ITenantContext tenant;
    private readonly AchievementSources sources;
    private readonly AuditTrail audit;
    private readonly TimeProvider time;

    internal AchievementAdministration(CredentialsDbContext db, ITenantContext tenant, AchievementSources sources, AuditTrail audit, TimeProvider time)
    {
        this.db = db;
        this.tenant = tenant;
        this.sources = sources;
        this.audit = audit;
        this.time = time;
    }

    private Guid NetworkId => tenant.NetworkId ?? throw new InvalidOperationException("No network in this request.");

    public async Task<AchievementPage> ListAsync(AchievementFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.Achievements.AsNoTracking().Where(a => a.Archived == filter.Archived);
        if (filter.Kind is { } kind)
        {
            query = query.Where(a => a.Kind == kind);
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var rows = await query.OrderBy(a => a.Name).ThenBy(a => a.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(a => new { a.Id, a.Name, a.Kind, a.IssueOnCompletion, a.Archived }).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var counts = await db.Credentials.AsNoTracking().Where(c => ids.Contains(c.AchievementId)).GroupBy(c => c.AchievementId)
            .Select(g => new { g.Key, Issued = g.Count(), Revoked = g.Count(c => c.RevokedAt != null) })
            .ToDictionaryAsync(g => g.Key, cancellationToken);
        return new AchievementPage(
            [.. rows.Select(r => new AchievementRow(r.Id, r.Name, r.Kind, r.IssueOnCompletion, r.Archived,
                counts.TryGetValue(r.Id, out var c) ? c.Issued : 0, counts.TryGetValue(r.Id, out var d) ? d.Revoked : 0))],
            total, page, pageCount);
    }

    public async Task<AchievementDetails?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var achievement = await db.Achievements.AsNoTracking().Include(a => a.Alignments).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (achievement is null)
        {
            return null;
        }

        var source = await sources.DescribeAsync(NetworkId, achievement.Kind, achievement.SourceId, achievement.Level, cancellationToken);
        return new AchievementDetails(achievement.Id, achievement.Kind, source, achievement.Name, achievement.Description, achievement.Criteria,
            achievement.Colour, achievement.ValidityMonths, achievement.IssueOnCompletion, achievement.Archived, achievement.ImageContentType,
            [.. achievement.Alignments.OrderBy(a => a.Code, StringComparer.Ordinal).Select(a => new AlignmentRow(a.Code, a.Name, a.Framework))]);
    }

    public Task<SourceChoices> ChoicesAsync(CancellationToken cancellationToken) => sources.ChoicesAsync(NetworkId, cancellationToken);

    public async Task<(AdminResult Result, Guid Id)> CreateAsync(AchievementSource source, AchievementInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(input);
        var networkId = NetworkId;
        if (AchievementInputRules.Check(input) is { } error)
        {
            return (AdminResult.Refused(error), Guid.Empty);
        }

        var (resolved, refusal) = await sources.ResolveAsync(networkId, source, cancellationToken);
        if (resolved is null)
        {
            return (AdminResult.Refused(refusal!), Guid.Empty);
        }

        if (await db.Achievements.AnyAsync(a => a.Kind == resolved.Kind && a.SourceId == resolved.SourceId && a.Level == resolved.Level && !a.Archived,
            cancellationToken))
        {
            return (AdminResult.Refused("La rete ha già un badge per questo corso, percorso o livello di competenza."), Guid.Empty);
        }

        var achievement = Achievement.Create(networkId, resolved.Kind, resolved.SourceId, resolved.Level, input.Name.Trim(), input.Description.Trim(),
            input.Criteria.Trim(), time.GetUtcNow().UtcDateTime);
        achievement.Update(achievement.Name, achievement.Description, achievement.Criteria, AchievementInputRules.Colour(input), input.ValidityMonths,
            input.IssueOnCompletion);
        achievement.Alignments.AddRange(resolved.Alignments);
        db.Achievements.Add(achievement);
        audit.Record(db, networkId, "achievement.created", "achievement", achievement.Id, achievement.Name);
        await db.SaveChangesAsync(cancellationToken);
        return (AdminResult.Ok, achievement.Id);
    }

    public async Task<AdminResult> UpdateAsync(Guid id, AchievementInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var achievement = await db.Achievements.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (achievement is null)
        {
            return AdminResult.Missing;
        }

        if (achievement.Kind == AchievementKind.Award)
        {
            return AdminResult.Refused("I riconoscimenti agli enti si modificano dalle loro regole.");
        }

        if (AchievementInputRules.Check(input) is { } error)
        {
            return AdminResult.Refused(error);
        }

        achievement.Update(input.Name.Trim(), input.Description.Trim(), input.Criteria.Trim(), AchievementInputRules.Colour(input), input.ValidityMonths,
            input.IssueOnCompletion);
        audit.Record(db, achievement.NetworkId, "achievement.updated", "achievement", achievement.Id, achievement.Name);
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Ok;
    }

    public async Task<AdminResult> SetArchivedAsync(Guid id, bool archived, CancellationToken cancellationToken)
    {
        var achievement = await db.Achievements.FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (achievement is null)
        {
            return AdminResult.Missing;
        }

        if (achievement.Kind == AchievementKind.Award)
        {
            return AdminResult.Refused("I riconoscimenti agli enti si modificano dalle loro regole.");
        }

        if (!archived && achievement.Kind != AchievementKind.Community && await db.Achievements.AnyAsync(a => a.Id != id && a.Kind == achievement.Kind && a.SourceId == achievement.SourceId
            && a.Level == achievement.Level && !a.Archived, cancellationToken))
        {
            return AdminResult.Refused("La rete ha già un badge per questo corso, percorso o livello di competenza.");
        }

        if (archived)
        {
            achievement.Archive();
        }
        else
        {
            achievement.Restore();
        }

        audit.Record(db, achievement.NetworkId, archived ? "achievement.archived" : "achievement.restored", "achievement", achievement.Id);
        await db.SaveChangesAsync(cancellationToken);
        return AdminResult.Ok;
    }
}
