using Bottega.Identity.Domain;
using Bottega.Migrations;
using Bottega.Organizations.Contracts;
using Bottega.Organizations.Domain;
using Bottega.Platform.Security;
using Bottega.Platform.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Bottega.Demo;

/// <summary>Builds the demo networks, their member organizations and people in one unit of work.</summary>
internal sealed partial class DemoPopulation(BottegaMigrationsContext db, DateTime now, ILogger logger)
{
    private static readonly JobRole[] LearnerRoles =
        [JobRole.Employee, JobRole.Employee, JobRole.Official, JobRole.Official, JobRole.Manager, JobRole.Rup, JobRole.MunicipalSecretary, JobRole.ElectedAdministrator];

    private const int RegionStaff = 60;

    private readonly Random random = new(2026);
    private readonly string passwordHash = new PasswordHasher<BottegaUser>().HashPassword(new BottegaUser(), DemoAccounts.Password);
    private readonly Dictionary<string, BottegaUser> accounts = new(StringComparer.Ordinal);
    private List<Organization> organizations = [];
    private int serial;

    public async Task<int> CreateAsync(CancellationToken cancellationToken)
    {
        organizations = await db.Set<Organization>().AsNoTracking().ToListAsync(cancellationToken);
        var adminRole = new IdentityRole<Guid>(PlatformRoles.Admin) { Id = Guid.CreateVersion7(), NormalizedName = PlatformRoles.Admin.ToUpperInvariant() };
        db.Roles.Add(adminRole);
        var platformAdmin = Account(DemoAccounts.PlatformAdmin, "Amministratore", "Piattaforma", JobRole.Other, null);
        db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = platformAdmin.Id, RoleId = adminRole.Id });
        var learner = Account(DemoAccounts.Learner, "Giulia", "Esposito", JobRole.Official, null);

        foreach (var definition in DemoNetworks.All)
        {
            var network = Network.Create(definition.Slug, definition.Name, definition.Description, definition.Kind, definition.Policy,
                Network.DefaultYearlyHoursTarget, now);
            db.Add(network);
            var members = MemberOrganizations(definition.Slug);
            foreach (var (organization, index) in members.Select((o, i) => (o, i)))
            {
                var status = index % 17 == 16 ? AgreementStatus.Proposed : AgreementStatus.Active;
                db.Add(NetworkOrganization.Create(network.Id, organization.Id, status, definition.Fee,
                    new DateOnly(now.Year, 1, 1), new DateOnly(now.Year, 12, 31)));
            }

            Populate(network, definition, members.Where((_, i) => i % 17 != 16).ToList());
            if (definition.Slug is DemoAccounts.Rup or DemoAccounts.Anci)
            {
                db.Add(NetworkMembership.Grant(network.Id, learner.Id, NetworkRole.Member, null, null, now));
            }
            else if (definition.Slug == DemoAccounts.Federation)
            {
                // The learner of the demo's journey works for the Region, whose referent follows their training.
                db.Add(NetworkMembership.Grant(network.Id, learner.Id, NetworkRole.Member, members[0].Id, null, now));
            }
            else if (definition.Slug == DemoAccounts.Provinces)
            {
                db.Add(NetworkMembership.Request(network.Id, learner.Id, null, now));
            }
        }

        return accounts.Count;
    }

    private List<Organization> MemberOrganizations(string slug)
    {
        var provinces = organizations.Where(o => o.Kind is OrganizationKind.Province or OrganizationKind.MetropolitanCity).ToList();
        var municipalities = organizations.Where(o => o.Kind == OrganizationKind.Municipality).ToList();
        switch (slug)
        {
            case DemoAccounts.Rup:
                // Provincial capitals: the municipality that shares its province's name.
                return municipalities.Where(m => provinces.Any(p => p.Id == m.ProvinceId && p.Name == m.Name)).OrderBy(m => m.Name).Take(30).ToList();
            case DemoAccounts.Academy:
                var cuneo = provinces.Single(p => p.Abbreviation == "CN");
                string[] large = ["Cuneo", "Alba", "Bra", "Fossano", "Mondovì", "Savigliano", "Saluzzo"];
                return municipalities.Where(m => m.ProvinceId == cuneo.Id && !large.Contains(m.Name)).OrderBy(m => m.Name).Take(50).ToList();
            case DemoAccounts.Federation:
                return Unions();
            case DemoAccounts.Anci:
                var tuscany = organizations.Single(o => o.Kind == OrganizationKind.Region && o.IstatCode == "09");
                return municipalities.Where(m => m.RegionId == tuscany.Id && DemoNetworks.TuscanMunicipalities.Contains(m.Name)).OrderBy(m => m.Name).ToList();
            default:
                return provinces.Where(p => p.Kind == OrganizationKind.Province).OrderBy(p => p.Name).Take(76).ToList();
        }
    }

    /// <summary>The region, four real unions created from the territory list, and their municipalities.</summary>
    private List<Organization> Unions()
    {
        var region = organizations.Single(o => o.Kind == OrganizationKind.Region && o.IstatCode == "08");
        var members = new List<Organization> { region };
        foreach (var (name, abbreviation, names) in DemoNetworks.Unions)
        {
            var province = organizations.Single(o => o.Abbreviation == abbreviation);
            var towns = organizations.Where(o => o.ProvinceId == province.Id && names.Contains(o.Name)).ToList();
            if (towns.Count != names.Length)
            {
                LogMissingTowns(name, names.Length - towns.Count);
            }

            var union = Organization.Create(name, OrganizationKind.UnionOfMunicipalities, null, null, province, region);
            db.Add(union);
            db.AddRange(towns.Select(t => UnionMembership.Create(union.Id, t.Id)));
            members.Add(union);
            members.AddRange(towns);
        }

        return members;
    }

    private void Populate(Network network, DemoNetworks.Definition definition, List<Organization> members)
    {
        var staff = new (string Email, NetworkRole Roles, JobRole Job)[]
        {
            (DemoAccounts.AdminOf(definition.Slug), NetworkRole.NetworkAdmin, JobRole.Manager),
            (DemoAccounts.TeacherOf(definition.Slug), NetworkRole.Teacher, JobRole.Teacher),
            (DemoAccounts.ModeratorOf(definition.Slug), NetworkRole.Moderator, JobRole.Official),
            (DemoAccounts.ReferentOf(definition.Slug), NetworkRole.TrainingReferent, JobRole.Official),
        };
        var referentOrganization = members[0];
        foreach (var (email, roles, job) in staff)
        {
            var organization = roles == NetworkRole.TrainingReferent ? referentOrganization : Pick(members);
            var person = Account(email, Pick(DemoNames.Given), Pick(DemoNames.Family), job, organization);
            var membership = NetworkMembership.Grant(network.Id, person.Id, roles, organization.Id, null, now);
            membership.SetRoles(roles, roles == NetworkRole.TrainingReferent ? referentOrganization.Id : null);
            db.Add(membership);
        }

        for (var i = 0; i < definition.People - staff.Length; i++)
        {
            // Where joining needs approval, a few people of the referent's organization wait, so the queue is never empty in the demo.
            var pending = definition.Policy != JoinPolicy.Open && i >= definition.People - staff.Length - 3;
            // The federation's referent (the Region) has 60 people of their own, to assign courses to in the demo.
            var ownStaff = definition.Slug == DemoAccounts.Federation && i < RegionStaff;
            var organization = pending || ownStaff ? referentOrganization : Pick(members);
            var given = Pick(DemoNames.Given);
            var family = Pick(DemoNames.Family);
            var email = $"{Slug(given)}.{Slug(family)}{++serial}@{DemoAccounts.Domain}";
            var person = Account(email, given, family, Pick(LearnerRoles), organization);
            db.Add(pending
                ? NetworkMembership.Request(network.Id, person.Id, organization.Id, now.AddDays(-random.Next(1, 6)))
                : NetworkMembership.Grant(network.Id, person.Id, NetworkRole.Member, organization.Id, null, now.AddDays(-random.Next(10, 300))));
        }
    }

    private BottegaUser Account(string email, string given, string family, JobRole job, Organization? organization)
    {
        var user = new BottegaUser
        {
            Email = email,
            UserName = email,
            NormalizedEmail = email.ToUpperInvariant(),
            NormalizedUserName = email.ToUpperInvariant(),
            EmailConfirmed = true,
            PasswordHash = passwordHash,
            LockoutEnabled = true,
            JobRole = job,
            OrganizationId = organization?.Id,
            ProvinceId = organization?.Kind is OrganizationKind.Province or OrganizationKind.MetropolitanCity ? organization.Id : organization?.ProvinceId,
            RegionId = organization?.Kind == OrganizationKind.Region ? organization.Id : organization?.RegionId,
            CreatedAt = now,
        };
        user.SetName(given, family);
        db.Users.Add(user);
        accounts[email] = user;
        return user;
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Slug(string name) => new(SearchText.Normalize(name).Where(char.IsAsciiLetterLower).ToArray());

    [LoggerMessage(3, LogLevel.Warning, "Demo union {Union}: {Missing} municipalities not found in the territory list")]
    private partial void LogMissingTowns(string union, int missing);
}
