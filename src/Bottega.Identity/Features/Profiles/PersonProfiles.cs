using Bottega.Identity.Data;
using Bottega.Identity.Domain;
using Bottega.Organizations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Identity.Features.Profiles;

public sealed record ProfileView(
    Guid UserId, string Name, string Email, JobRole JobRole, OrganizationInfo? Organization, OrganizationInfo? Province,
    OrganizationInfo? Region, IReadOnlyList<string> Competences);

public sealed record ProfileUpdate(bool Succeeded, string? Field, string? Error);

/// <summary>A person's profile: job role, organization, province and declared competences.</summary>
public sealed class PersonProfiles
{
    public const int MaxCompetences = 20;

    private readonly IdentityDataContext db;
    private readonly IOrganizationDirectory organizations;

    internal PersonProfiles(IdentityDataContext db, IOrganizationDirectory organizations)
    {
        this.db = db;
        this.organizations = organizations;
    }

    public async Task<ProfileView?> GetAsync(Guid userId, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return null;
        }

        var competences = await db.Competences.AsNoTracking().Where(c => c.UserId == userId).OrderBy(c => c.Name)
            .Select(c => c.Name).ToListAsync(cancellationToken);
        var orgs = await organizations.GetManyAsync(new[] { user.OrganizationId, user.ProvinceId, user.RegionId }.OfType<Guid>(), cancellationToken);
        OrganizationInfo? Pick(Guid? id) => id is { } key ? orgs.GetValueOrDefault(key) : null;
        return new ProfileView(user.Id, user.FullName, user.Email ?? "", user.JobRole, Pick(user.OrganizationId), Pick(user.ProvinceId),
            Pick(user.RegionId), competences);
    }

    public async Task<ProfileForm?> GetFormAsync(Guid userId, CancellationToken cancellationToken)
    {
        var profile = await GetAsync(userId, cancellationToken);
        var names = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.GivenName, u.FamilyName }).FirstOrDefaultAsync(cancellationToken);
        return profile is null || names is null ? null : new ProfileForm
        {
            GivenName = names.GivenName,
            FamilyName = names.FamilyName,
            JobRole = profile.JobRole,
            OrganizationCode = profile.Organization?.IstatCode ?? profile.Organization?.IpaCode,
            ProvinceId = profile.Province?.Id,
            Competences = string.Join('\n', profile.Competences),
        };
    }

    public async Task<ProfileUpdate> UpdateAsync(Guid userId, ProfileForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null)
        {
            return new ProfileUpdate(false, null, "Account non trovato.");
        }

        OrganizationInfo? organization = null;
        if (!string.IsNullOrWhiteSpace(form.OrganizationCode))
        {
            var code = form.OrganizationCode.Trim().ToLowerInvariant();
            organization = await organizations.FindByIstatCodeAsync(code, cancellationToken)
                ?? await organizations.FindByIpaCodeAsync(code, cancellationToken);
            if (organization is null)
            {
                return new ProfileUpdate(false, nameof(form.OrganizationCode), "Nessun ente ha questo codice ISTAT o IPA.");
            }
        }

        OrganizationInfo? province = null;
        if (form.ProvinceId is { } provinceId)
        {
            province = await organizations.FindAsync(provinceId, cancellationToken);
            if (province is not { Kind: OrganizationKind.Province or OrganizationKind.MetropolitanCity })
            {
                return new ProfileUpdate(false, nameof(form.ProvinceId), "Scegli una provincia dell'elenco.");
            }
        }

        var competences = (form.Competences ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(c => c.Length <= 100).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (competences.Count > MaxCompetences)
        {
            return new ProfileUpdate(false, nameof(form.Competences), $"Puoi dichiarare al massimo {MaxCompetences} competenze.");
        }

        user.SetName(form.GivenName, form.FamilyName);
        user.JobRole = form.JobRole;
        user.OrganizationId = organization?.Id;
        user.ProvinceId = province?.Id ?? organization?.ProvinceId;
        user.RegionId = province?.RegionId ?? organization?.RegionId;
        db.Competences.RemoveRange(await db.Competences.Where(c => c.UserId == userId).ToListAsync(cancellationToken));
        db.Competences.AddRange(competences.Select(c => DeclaredCompetence.Create(userId, c)));
        await db.SaveChangesAsync(cancellationToken);
        return new ProfileUpdate(true, null, null);
    }
}
