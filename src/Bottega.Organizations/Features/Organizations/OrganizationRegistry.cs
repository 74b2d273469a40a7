using Bottega.Organizations.Contracts;
using Bottega.Organizations.Data;
using Bottega.Organizations.Domain;
using Bottega.Platform.Auditing;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Organizations.Features.Organizations;

public sealed record RegistryResult(Organization? Organization, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Organization is not null;
}

/// <summary>Adds organizations outside the territory list; a union takes its municipalities by ISTAT code.</summary>
public sealed class OrganizationRegistry
{
    private static readonly OrganizationKind[] Creatable = [OrganizationKind.UnionOfMunicipalities, OrganizationKind.InHouseCompany, OrganizationKind.Other];

    private readonly OrganizationsDbContext db;
    private readonly AuditTrail audit;

    internal OrganizationRegistry(OrganizationsDbContext db, AuditTrail audit)
    {
        this.db = db;
        this.audit = audit;
    }

    public async Task<RegistryResult> CreateAsync(OrganizationForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new List<string>();
        if (!Creatable.Contains(form.Kind))
        {
            errors.Add("Regioni, province e comuni arrivano dall'elenco ISTAT: qui si aggiungono unioni, società in house e altri enti.");
        }

        var ipa = string.IsNullOrWhiteSpace(form.IpaCode) ? null : form.IpaCode.Trim().ToLowerInvariant();
        if (ipa is not null && await db.Organizations.AnyAsync(o => o.IpaCode == ipa, cancellationToken))
        {
            errors.Add($"Il codice IPA {ipa} è già usato da un altro ente.");
        }

        var codes = (form.MunicipalityCodes ?? "").Split([',', ';', '\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct().ToList();
        var municipalities = await db.Organizations.Where(o => o.Kind == OrganizationKind.Municipality && codes.Contains(o.IstatCode!))
            .ToListAsync(cancellationToken);
        var unknown = codes.Except(municipalities.Select(m => m.IstatCode!)).ToList();
        if (unknown.Count > 0)
        {
            errors.Add("Codici ISTAT di comune sconosciuti: " + string.Join(", ", unknown.Take(20)) + ".");
        }

        if (form.Kind != OrganizationKind.UnionOfMunicipalities && codes.Count > 0)
        {
            errors.Add("Solo un'unione di comuni elenca comuni aderenti.");
        }

        if (errors.Count > 0)
        {
            return new RegistryResult(null, errors);
        }

        var province = municipalities.Select(m => m.ProvinceId).Distinct().Count() == 1 ? municipalities[0].ProvinceId : null;
        var region = municipalities.Select(m => m.RegionId).Distinct().Count() == 1 ? municipalities[0].RegionId : null;
        var provinceEntity = province is { } p ? await db.Organizations.FindAsync([p], cancellationToken) : null;
        var regionEntity = region is { } r ? await db.Organizations.FindAsync([r], cancellationToken) : null;
        var organization = Organization.Create(form.Name, form.Kind, null, ipa, provinceEntity, regionEntity);
        db.Organizations.Add(organization);
        db.UnionMemberships.AddRange(municipalities.Select(m => UnionMembership.Create(organization.Id, m.Id)));
        audit.Record(db, null, "organization.created", "organization", organization.Id, $"{form.Kind} with {municipalities.Count} municipalities");
        await db.SaveChangesAsync(cancellationToken);
        return new RegistryResult(organization, []);
    }
}
