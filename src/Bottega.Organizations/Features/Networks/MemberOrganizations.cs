using Bottega.Organizations.Contracts;
using Bottega.Organizations.Data;
using Bottega.Organizations.Domain;
using Bottega.Platform.Auditing;
using Bottega.Platform.Tenancy;
using Bottega.Platform.Text;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Organizations.Features.Networks;

public sealed record AgreementRow(
    Guid Id, Guid OrganizationId, string OrganizationName, OrganizationKind Kind, string? IstatCode, string? IpaCode,
    AgreementStatus Status, decimal AnnualFee, DateOnly StartsOn, DateOnly? EndsOn);

public sealed record AgreementPage(IReadOnlyList<AgreementRow> Rows, int Page, int PageSize, int Total, decimal ActiveFees)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

public enum AgreementOutcome
{
    Saved,
    UnknownOrganization,
    AlreadyMember,
    NotFound,
}

/// <summary>The organizations of the current network and their agreements. Always scoped by the tenant filter.</summary>
public sealed class MemberOrganizations
{
    public const int PageSize = 25;

    private readonly OrganizationsDbContext db;
    private readonly ITenantContext tenant;
    private readonly AuditTrail audit;

    internal MemberOrganizations(OrganizationsDbContext db, ITenantContext tenant, AuditTrail audit)
    {
        this.db = db;
        this.tenant = tenant;
        this.audit = audit;
    }

    private Guid NetworkId => tenant.NetworkId ?? throw new InvalidOperationException("No network in this request.");

    public async Task<AgreementPage> ListAsync(string? search, AgreementStatus? status, int page, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        var query = db.NetworkOrganizations.AsNoTracking()
            .Join(db.Organizations, a => a.OrganizationId, o => o.Id, (a, o) => new { a, o });
        if (status is { } s)
        {
            query = query.Where(x => x.a.Status == s);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var term = SearchText.Normalize(search);
            query = query.Where(x => x.o.SearchName.Contains(term) || x.o.IstatCode == term || x.o.IpaCode == term);
        }

        var total = await query.CountAsync(cancellationToken);
        var fees = (await db.NetworkOrganizations.AsNoTracking().Where(a => a.Status == AgreementStatus.Active)
            .Select(a => a.AnnualFee).ToListAsync(cancellationToken)).Sum();
        var rows = await query.OrderBy(x => x.o.Name).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(x => new AgreementRow(x.a.Id, x.o.Id, x.o.Name, x.o.Kind, x.o.IstatCode, x.o.IpaCode, x.a.Status, x.a.AnnualFee, x.a.StartsOn, x.a.EndsOn))
            .ToListAsync(cancellationToken);
        return new AgreementPage(rows, page, PageSize, total, fees);
    }

    public async Task<AgreementOutcome> AddAsync(AgreementForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var code = form.Code?.Trim().ToLowerInvariant() ?? "";
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.IstatCode == code || o.IpaCode == code, cancellationToken);
        if (organization is null)
        {
            return AgreementOutcome.UnknownOrganization;
        }

        if (await db.NetworkOrganizations.AnyAsync(a => a.OrganizationId == organization.Id, cancellationToken))
        {
            return AgreementOutcome.AlreadyMember;
        }

        var agreement = NetworkOrganization.Create(NetworkId, organization.Id, form.Status, form.AnnualFee, form.StartsOn!.Value, form.EndsOn);
        db.NetworkOrganizations.Add(agreement);
        audit.Record(db, NetworkId, "network.organization.added", "organization", organization.Id, organization.IstatCode ?? organization.IpaCode);
        await db.SaveChangesAsync(cancellationToken);
        return AgreementOutcome.Saved;
    }

    public async Task<AgreementOutcome> UpdateAsync(Guid agreementId, AgreementForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var agreement = await db.NetworkOrganizations.FirstOrDefaultAsync(a => a.Id == agreementId, cancellationToken);
        if (agreement is null)
        {
            return AgreementOutcome.NotFound;
        }

        agreement.Update(form.Status, form.AnnualFee, form.StartsOn!.Value, form.EndsOn);
        audit.Record(db, NetworkId, "network.organization.updated", "organization", agreement.OrganizationId, form.Status.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return AgreementOutcome.Saved;
    }

    public async Task<AgreementOutcome> RemoveAsync(Guid agreementId, CancellationToken cancellationToken)
    {
        var agreement = await db.NetworkOrganizations.FirstOrDefaultAsync(a => a.Id == agreementId, cancellationToken);
        if (agreement is null)
        {
            return AgreementOutcome.NotFound;
        }

        db.NetworkOrganizations.Remove(agreement);
        audit.Record(db, NetworkId, "network.organization.removed", "organization", agreement.OrganizationId);
        await db.SaveChangesAsync(cancellationToken);
        return AgreementOutcome.Saved;
    }
}
