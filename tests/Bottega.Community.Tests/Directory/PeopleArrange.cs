using Bottega.Community.Domain;
using Bottega.Identity.Domain;
using Bottega.Organizations.Contracts;
using Bottega.Organizations.Domain;
using Bottega.Platform.Security;
using Bottega.Platform.Text;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Tests.Directory;

/// <summary>A person made for a test: their id, e-mail and name.</summary>
internal sealed record TestPerson(Guid Id, string Email, string Name);

/// <summary>Where a person works: a municipality with its province and region.</summary>
internal sealed record TestPlace(Guid OrganizationId, Guid ProvinceId, Guid RegionId);

/// <summary>People, spaces, questions and answers written straight to the database, so each test owns its data.</summary>
internal static class PeopleArrange
{
    private static DateTime Now => TimeProvider.System.GetUtcNow().UtcDateTime;

    /// <summary>A fresh, unique word, to find only this test's people by name or topic.</summary>
    public static string Token() => "z" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Two municipalities in different regions (so also different provinces).</summary>
    public static async Task<(TestPlace First, TestPlace Second)> TwoPlacesAsync(BottegaAppFactory factory)
    {
        await using var db = factory.Open();
        var towns = await db.Set<Organization>().AsNoTracking()
            .Where(o => o.Kind == OrganizationKind.Municipality && o.ProvinceId != null && o.RegionId != null)
            .OrderBy(o => o.Name).Select(o => new TestPlace(o.Id, o.ProvinceId!.Value, o.RegionId!.Value)).Take(2000).ToListAsync();
        var first = towns[0];
        return (first, towns.First(t => t.RegionId != first.RegionId));
    }

    public static async Task<TestPerson> MemberAsync(BottegaAppFactory factory, string family, string[] networkSlugs, JobRole job = JobRole.Employee,
        TestPlace? place = null, string[]? competences = null, NetworkRole roles = NetworkRole.Member)
    {
        ArgumentNullException.ThrowIfNull(networkSlugs);
        await using var db = factory.Open();
        var email = $"{SearchText.Normalize(family)}.{Guid.NewGuid():N}@prove.bottega.demo";
        var user = new BottegaUser
        {
            Email = email,
            UserName = email,
            NormalizedEmail = email.ToUpperInvariant(),
            NormalizedUserName = email.ToUpperInvariant(),
            EmailConfirmed = true,
            JobRole = job,
            OrganizationId = place?.OrganizationId,
            ProvinceId = place?.ProvinceId,
            RegionId = place?.RegionId,
            CreatedAt = Now,
        };
        user.SetName("Prova", family);
        db.Users.Add(user);
        foreach (var slug in networkSlugs)
        {
            var network = await db.Set<Network>().SingleAsync(n => n.Slug == slug);
            db.Add(NetworkMembership.Grant(network.Id, user.Id, roles, place?.OrganizationId, null, Now));
        }

        foreach (var competence in competences ?? [])
        {
            db.Add(DeclaredCompetence.Create(user.Id, competence));
        }

        await db.SaveChangesAsync();
        return new TestPerson(user.Id, email, user.FullName);
    }

    public static async Task<Guid> SpaceAsync(BottegaAppFactory factory, string networkSlug, SpaceAccess access, params Guid[] members)
    {
        var network = await factory.NetworkAsync(networkSlug);
        await using var db = factory.Open();
        var slug = Token();
        var space = Space.Create(network.Id, slug, "Spazio " + slug, null, access == SpaceAccess.NetworkMembers ? SpaceKind.Theme : SpaceKind.WorkingGroup,
            null, access, access, 0, Now);
        db.Add(space);
        foreach (var member in members)
        {
            db.Add(SpaceMember.Create(network.Id, space.Id, member, SpaceRole.Member, Now));
        }

        await db.SaveChangesAsync();
        return space.Id;
    }

    /// <summary>A visible question with its tags (created if missing) and one visible answer per answerer.</summary>
    public static async Task<Guid> AnsweredQuestionAsync(BottegaAppFactory factory, Guid spaceId, Guid askerId, string title, string[] tags, params Guid[] answerers)
    {
        await using var db = factory.Open();
        var space = await db.Set<Space>().IgnoreQueryFilters().SingleAsync(s => s.Id == spaceId);
        var topic = Topic.Create(space.NetworkId, space.Id, TopicKind.Question, title, askerId, Visibility.Visible, Now);
        db.Add(topic);
        db.Add(Post.Create(space.NetworkId, topic.Id, 1, askerId, "Domanda: " + title, "<p>Domanda</p>", null, Visibility.Visible, null, Now));
        foreach (var name in tags)
        {
            var tag = await db.Set<Tag>().IgnoreQueryFilters().FirstOrDefaultAsync(t => t.NetworkId == space.NetworkId && t.Slug == name) ?? Tag.Create(space.NetworkId, name, name);
            if (db.Entry(tag).State == EntityState.Detached)
            {
                db.Add(tag);
            }

            db.Add(TopicTag.Create(space.NetworkId, topic.Id, tag.Id));
        }

        foreach (var answerer in answerers)
        {
            var number = topic.NextPostNumber();
            db.Add(Post.Create(space.NetworkId, topic.Id, number, answerer, "Risposta", "<p>Risposta</p>", null, Visibility.Visible, null, Now));
            topic.Replied(answerer, Now, visible: true);
        }

        await db.SaveChangesAsync();
        return topic.Id;
    }
}
