using Bottega.Platform.Text;
using Microsoft.AspNetCore.Identity;

namespace Bottega.Identity.Domain;

/// <summary>An account and the person's profile.</summary>
public sealed class BottegaUser : IdentityUser<Guid>
{
    public BottegaUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public string GivenName { get; set; } = "";

    public string FamilyName { get; set; } = "";

    /// <summary>Full name lower-cased without accents, for search.</summary>
    public string SearchName { get; private set; } = "";

    public JobRole JobRole { get; set; } = JobRole.Employee;

    public Guid? OrganizationId { get; set; }

    public Guid? ProvinceId { get; set; }

    public Guid? RegionId { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? PreferredCulture { get; set; }

    public string FullName => $"{GivenName} {FamilyName}".Trim();

    public void SetName(string givenName, string familyName)
    {
        GivenName = givenName.Trim();
        FamilyName = familyName.Trim();
        SearchName = SearchText.Normalize(FullName);
    }
}
