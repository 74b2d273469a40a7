using System.Net;
using Bottega.Community.Domain;
using Bottega.Credentials.Domain;
using Bottega.Demo;
using Bottega.Identity.Domain;
using Bottega.Organizations.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Community.Tests.Directory;

public sealed class CommunityProfileTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Federation;

    private BottegaAppFactory Factory => app.Factory;

    [Fact]
    public async Task Shows_the_members_profile_competences_figures_and_a_message_link()
    {
        var token = PeopleArrange.Token();
        var person = await PeopleArrange.MemberAsync(Factory, token, [Network], JobRole.Rup, competences: ["Gare telematiche"]);
        var network = await Factory.NetworkAsync(Network);
        await using (var db = Factory.Open())
        {
            var stats = MemberStats.Create(network.Id, person.Id);
            stats.Set(42, 3, 7, 2);
            db.Add(stats);
            await db.SaveChangesAsync();
        }

        var page = await Factory.ClientFor(DemoAccounts.ReferentOf(Network)).GetStringAsync(new Uri($"/reti/{Network}/comunita/persone/{person.Id}", UriKind.Relative));

        Assert.Contains(person.Name, page, StringComparison.Ordinal);
        Assert.Contains("Gare telematiche", page, StringComparison.Ordinal);
        Assert.Contains("<strong>42</strong>", page, StringComparison.Ordinal);
        Assert.Contains("<strong>7</strong>", page, StringComparison.Ordinal);
        Assert.Contains($"/reti/{Network}/messaggi/nuovo?a={person.Id}", page, StringComparison.Ordinal);
        Assert.DoesNotContain(person.Email, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_who_is_not_an_active_member_of_the_network_is_not_found()
    {
        var elsewhere = await PeopleArrange.MemberAsync(Factory, PeopleArrange.Token(), [DemoAccounts.Rup]);
        var client = Factory.ClientFor(DemoAccounts.ReferentOf(Network));

        var other = await client.GetAsync($"/reti/{Network}/comunita/persone/{elsewhere.Id}");
        var nobody = await client.GetAsync($"/reti/{Network}/comunita/persone/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, nobody.StatusCode);
    }

    [Fact]
    public async Task Posts_in_a_private_space_are_shown_only_to_who_reads_it()
    {
        var token = PeopleArrange.Token();
        var person = await PeopleArrange.MemberAsync(Factory, token + "aut", [Network]);
        var insider = await PeopleArrange.MemberAsync(Factory, token + "ins", [Network]);
        var outsider = await PeopleArrange.MemberAsync(Factory, token + "out", [Network]);
        var open = await PeopleArrange.SpaceAsync(Factory, Network, SpaceAccess.NetworkMembers);
        var group = await PeopleArrange.SpaceAsync(Factory, Network, SpaceAccess.SpaceMembers, person.Id, insider.Id);
        await PeopleArrange.AnsweredQuestionAsync(Factory, open, insider.Id, $"Domanda pubblica {token}", [token + "-pub"], person.Id);
        await PeopleArrange.AnsweredQuestionAsync(Factory, group, insider.Id, $"Domanda riservata {token}", [token + "-riservato"], person.Id);
        var url = $"/reti/{Network}/comunita/persone/{person.Id}";

        var seenByOutsider = await Factory.ClientFor(outsider.Email).GetStringAsync(new Uri(url, UriKind.Relative));
        var seenByInsider = await Factory.ClientFor(insider.Email).GetStringAsync(new Uri(url, UriKind.Relative));

        Assert.Contains($"Domanda pubblica {token}", seenByOutsider, StringComparison.Ordinal);
        Assert.Contains(token + "-pub", seenByOutsider, StringComparison.Ordinal);
        Assert.DoesNotContain($"Domanda riservata {token}", seenByOutsider, StringComparison.Ordinal);
        Assert.DoesNotContain(token + "-riservato", seenByOutsider, StringComparison.Ordinal);
        Assert.Contains($"Domanda riservata {token}", seenByInsider, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Public_badges_are_shown_and_private_ones_are_not()
    {
        var (holderId, slug, credentialId, name) = await Factory.QueryAsync(async db =>
        {
            var rows = await db.Set<Credential>().IgnoreQueryFilters().AsNoTracking()
                .Where(c => c.RecipientUserId != null && !c.IsPublic && c.SignedJson != "" && c.RevokedAt == null)
                .Join(db.Set<Achievement>().IgnoreQueryFilters(), c => c.AchievementId, a => a.Id, (c, a) => new { c.Id, UserId = c.RecipientUserId!.Value, a.Name })
                .Take(50).ToListAsync();
            foreach (var row in rows)
            {
                var membership = await db.Set<NetworkMembership>().IgnoreQueryFilters().AsNoTracking()
                    .Where(m => m.UserId == row.UserId && m.Status == MembershipStatus.Active)
                    .Join(db.Set<Network>(), m => m.NetworkId, n => n.Id, (m, n) => n.Slug).FirstOrDefaultAsync();
                var others = await db.Set<Credential>().IgnoreQueryFilters().Where(c => c.RecipientUserId == row.UserId && c.Id != row.Id)
                    .Join(db.Set<Achievement>().IgnoreQueryFilters(), c => c.AchievementId, a => a.Id, (c, a) => a.Name).AnyAsync(n => n == row.Name);
                if (membership is not null && !others)
                {
                    return (row.UserId, membership, row.Id, row.Name);
                }
            }

            throw new InvalidOperationException("The demo has no private badge of a member.");
        });
        var url = $"/reti/{slug}/comunita/persone/{holderId}";
        var viewer = DemoAccounts.AdminOf(slug);

        var hidden = (await Factory.ClientFor(viewer).GetDocumentAsync(url)).Body!.TextContent;
        await using (var db = Factory.Open())
        {
            var credential = await db.Set<Credential>().IgnoreQueryFilters().SingleAsync(c => c.Id == credentialId);
            credential.SetVisibility(true);
            await db.SaveChangesAsync();
        }

        var shownPage = await Factory.ClientFor(viewer).GetDocumentAsync(url);
        var shown = shownPage.Body!.TextContent;
        var publicId = await Factory.QueryAsync(db => db.Set<Credential>().IgnoreQueryFilters().Where(c => c.Id == credentialId).Select(c => c.PublicId).SingleAsync());

        Assert.DoesNotContain(name, hidden, StringComparison.Ordinal);
        Assert.Contains(name, shown, StringComparison.Ordinal);
        Assert.NotNull(shownPage.QuerySelector($"a[href='/badge/{publicId}']"));
    }

    [Fact]
    public async Task The_identity_member_card_links_to_the_community_profile()
    {
        var person = await PeopleArrange.MemberAsync(Factory, PeopleArrange.Token(), [Network]);

        var card = await Factory.ClientFor(DemoAccounts.ReferentOf(Network)).GetStringAsync(new Uri($"/reti/{Network}/membri/{person.Id}", UriKind.Relative));

        Assert.Contains($"/reti/{Network}/comunita/persone/{person.Id}", card, StringComparison.Ordinal);
    }
}
