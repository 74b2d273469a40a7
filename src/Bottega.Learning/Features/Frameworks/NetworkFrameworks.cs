using Bottega.Learning.Data;
using Bottega.Learning.Domain;
using Bottega.Learning.Features.Progress;
using Bottega.Platform.Auditing;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Learning.Features.Frameworks;

public sealed record FrameworkRow(Guid Id, string Code, string Name, bool National, int Competences);

/// <summary>
/// Competency frameworks a network sees: the national ones (read-only) and its own, which its admins write with the same
/// shape as the Syllabus (levels, areas, competences).
/// </summary>
public sealed class NetworkFrameworks
{
    private readonly LearningDbContext db;
    private readonly ITenantContext tenant;
    private readonly AuditTrail audit;

    internal NetworkFrameworks(LearningDbContext db, ITenantContext tenant, AuditTrail audit)
    {
        this.db = db;
        this.tenant = tenant;
        this.audit = audit;
    }

    private Guid NetworkId => tenant.NetworkId ?? throw new InvalidOperationException("No network in this request.");

    public async Task<IReadOnlyList<FrameworkRow>> ListAsync(CancellationToken cancellationToken)
    {
        var networkId = NetworkId;
        return await db.Frameworks.AsNoTracking().Where(f => f.NetworkId == null || f.NetworkId == networkId)
            .OrderBy(f => f.NetworkId != null).ThenBy(f => f.Name)
            .Select(f => new FrameworkRow(f.Id, f.Code, f.Name, f.NetworkId == null, db.Competences.Count(c => c.FrameworkId == f.Id)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>A framework the network sees, with levels, areas and competences in order.</summary>
    public async Task<CompetencyFramework?> GetAsync(Guid frameworkId, CancellationToken cancellationToken)
    {
        var networkId = NetworkId;
        var framework = await db.Frameworks.AsNoTracking().Include(f => f.Levels).Include(f => f.Areas).ThenInclude(a => a.Competences).AsSplitQuery()
            .FirstOrDefaultAsync(f => f.Id == frameworkId && (f.NetworkId == null || f.NetworkId == networkId), cancellationToken);
        if (framework is not null)
        {
            framework.Levels.Sort((a, b) => a.Rank.CompareTo(b.Rank));
            framework.Areas.Sort((a, b) => a.Position.CompareTo(b.Position));
            foreach (var area in framework.Areas)
            {
                area.Competences.Sort((a, b) => a.Position.CompareTo(b.Position));
            }
        }

        return framework;
    }

    public async Task<(LearningResult Result, Guid Id)> CreateAsync(string code, string name, string? description, CancellationToken cancellationToken)
    {
        code = (code ?? "").Trim().ToLowerInvariant();
        if (code.Length is 0 or > 60 || !code.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '-'))
        {
            return (LearningResult.Refused("Il codice può contenere solo lettere, cifre e trattini (al massimo 60)."), Guid.Empty);
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > 200 || (description?.Length ?? 0) > 4000)
        {
            return (LearningResult.Refused("Scrivi il nome del quadro (al massimo 200 caratteri)."), Guid.Empty);
        }

        var networkId = NetworkId;
        if (await db.Frameworks.AnyAsync(f => f.NetworkId == networkId && f.Code == code, cancellationToken))
        {
            return (LearningResult.Refused("La rete ha già un quadro con questo codice."), Guid.Empty);
        }

        var framework = CompetencyFramework.Create(networkId, code, name.Trim(), description, null);
        db.Frameworks.Add(framework);
        audit.Record(db, networkId, "framework.created", "framework", framework.Id);
        await db.SaveChangesAsync(cancellationToken);
        return (LearningResult.Ok, framework.Id);
    }

    public Task<LearningResult> RenameAsync(Guid frameworkId, string name, string? description, CancellationToken cancellationToken) =>
        OnOwnAsync(frameworkId, f =>
        {
            if (string.IsNullOrWhiteSpace(name) || name.Length > 200 || (description?.Length ?? 0) > 4000)
            {
                return "Scrivi il nome del quadro (al massimo 200 caratteri).";
            }

            f.Rename(name.Trim(), description);
            return null;
        }, cancellationToken);

    public Task<LearningResult> AddLevelAsync(Guid frameworkId, string name, CancellationToken cancellationToken) =>
        OnOwnAsync(frameworkId, f =>
        {
            if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
            {
                return "Scrivi il nome del livello (al massimo 100 caratteri).";
            }

            db.FrameworkLevels.Add(FrameworkLevel.Create(f.Id, f.Levels.Select(l => l.Rank).DefaultIfEmpty(0).Max() + 1, name.Trim()));
            return null;
        }, cancellationToken);

    public Task<LearningResult> AddAreaAsync(Guid frameworkId, string code, string name, CancellationToken cancellationToken) =>
        OnOwnAsync(frameworkId, f =>
        {
            code = (code ?? "").Trim();
            if (code.Length is 0 or > 20 || string.IsNullOrWhiteSpace(name) || name.Length > 200)
            {
                return "Scrivi il codice (al massimo 20 caratteri) e il nome dell'area.";
            }

            if (f.Areas.Any(a => string.Equals(a.Code, code, StringComparison.OrdinalIgnoreCase)))
            {
                return "Il quadro ha già un'area con questo codice.";
            }

            db.Areas.Add(CompetenceArea.Create(f.Id, code, name.Trim(), f.Areas.Select(a => a.Position).DefaultIfEmpty(0).Max() + 1));
            return null;
        }, cancellationToken);

    public async Task<LearningResult> AddCompetenceAsync(Guid frameworkId, Guid areaId, string code, string name, string? description, CancellationToken cancellationToken)
    {
        code = (code ?? "").Trim();
        var taken = await db.Competences.AnyAsync(c => c.FrameworkId == frameworkId && c.Code == code, cancellationToken);
        var inArea = await db.Competences.Where(c => c.AreaId == areaId).MaxAsync(c => (int?)c.Position, cancellationToken) ?? 0;
        return await OnOwnAsync(frameworkId, f =>
        {
            if (!f.Areas.Any(a => a.Id == areaId))
            {
                return "Scegli un'area del quadro.";
            }

            if (code.Length is 0 or > 20 || string.IsNullOrWhiteSpace(name) || name.Length > 300 || (description?.Length ?? 0) > 4000)
            {
                return "Scrivi il codice (al massimo 20 caratteri) e il nome della competenza.";
            }

            if (taken)
            {
                return "Il quadro ha già una competenza con questo codice.";
            }

            db.Competences.Add(Competence.Create(f.Id, areaId, code, name.Trim(), string.IsNullOrWhiteSpace(description) ? null : description.Trim(), inArea + 1));
            return null;
        }, cancellationToken);
    }

    private async Task<LearningResult> OnOwnAsync(Guid frameworkId, Func<CompetencyFramework, string?> change, CancellationToken cancellationToken)
    {
        var networkId = NetworkId;
        var framework = await db.Frameworks.Include(f => f.Levels).Include(f => f.Areas).AsSplitQuery()
            .FirstOrDefaultAsync(f => f.Id == frameworkId && f.NetworkId == networkId, cancellationToken);
        if (framework is null)
        {
            return LearningResult.Missing("Quadro non trovato tra quelli della rete (i quadri nazionali non si modificano).");
        }

        if (change(framework) is { } error)
        {
            return LearningResult.Refused(error);
        }

        await db.SaveChangesAsync(cancellationToken);
        return LearningResult.Ok;
    }
}
