using Bottega.Organizations.Contracts;
using Bottega.Platform.Text;

namespace Bottega.Organizations.Domain;

/// <summary>A public body. Municipalities sit under their province, provinces and metropolitan cities under their region.</summary>
public sealed class Organization
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string Name { get; private set; } = "";

    /// <summary>The name as searched: see <see cref="SearchText"/>.</summary>
    public string SearchName { get; private set; } = "";

    public OrganizationKind Kind { get; private set; }

    /// <summary>ISTAT code: 2 digits for a region, 3 for a province, 6 for a municipality.</summary>
    public string? IstatCode { get; private set; }

    /// <summary>Code in the Indice delle Pubbliche Amministrazioni.</summary>
    public string? IpaCode { get; private set; }

    /// <summary>Vehicle-registration abbreviation of a province (TO, MI …).</summary>
    public string? Abbreviation { get; private set; }

    public Guid? ParentId { get; private set; }

    public Guid? ProvinceId { get; private set; }

    public Guid? RegionId { get; private set; }

    private Organization()
    {
    }

    public static Organization Create(string name, OrganizationKind kind, string? istatCode, string? ipaCode, Organization? province, Organization? region)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new Organization
        {
            Name = name.Trim(),
            SearchName = SearchText.Normalize(name),
            Kind = kind,
            IstatCode = string.IsNullOrWhiteSpace(istatCode) ? null : istatCode.Trim(),
            IpaCode = string.IsNullOrWhiteSpace(ipaCode) ? null : ipaCode.Trim().ToLowerInvariant(),
            ParentId = province?.Id ?? region?.Id,
            ProvinceId = province?.Id,
            RegionId = region?.Id ?? province?.RegionId,
        };
    }

    public void Rename(string name)
    {
        Name = name.Trim();
        SearchName = SearchText.Normalize(name);
    }

    public void SetAbbreviation(string? abbreviation) => Abbreviation = abbreviation;

    public void SetKind(OrganizationKind kind) => Kind = kind;

    public OrganizationInfo ToInfo() => new(Id, Name, Kind, IstatCode, IpaCode, ProvinceId, RegionId);
}
