using System.Net;
using Bottega.Community.Domain;
using Bottega.Demo;
using Bottega.Identity.Domain;
using Bottega.Testing;
using Xunit;

namespace Bottega.Community.Tests.Directory;

public sealed class PeopleDirectoryTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Federation;
    private const string Other = DemoAccounts.Rup;

    private BottegaAppFactory Factory => app.Factory;

    private Task<string> DirectoryAsync(string query) =>
        Factory.ClientFor(DemoAccounts.ReferentOf(Network)).GetStringAsync(new Uri($"/reti/{Network}/comunita/persone?{query}", UriKind.Relative));

    [Fact]
    public async Task Filters_by_region_province_organization_job_role_and_declared_competence()
    {
        var token = PeopleArrange.Token();
        var (north, south) = await PeopleArrange.TwoPlacesAsync(Factory);
        var rup = await PeopleArrange.MemberAsync(Factory, token + "rup", [Network], JobRole.Rup, north, ["Contabilità pubblica"]);
        var teacher = await PeopleArrange.MemberAsync(Factory, token + "doc", [Network], JobRole.Teacher, south, ["Diritto amministrativo"]);

        var all = await DirectoryAsync($"Q={token}");
        var byRegion = await DirectoryAsync($"Q={token}&Region={north.RegionId}");
        var byProvince = await DirectoryAsync($"Q={token}&Province={south.ProvinceId}");
        var byOrganization = await DirectoryAsync($"Q={token}&Organization={north.OrganizationId}");
        var byRole = await DirectoryAsync($"Q={token}&JobRole=Teacher");
        var byCompetence = await DirectoryAsync($"Q={token}&Competence=CONTABILIT");

        Assert.Contains(rup.Name, all, StringComparison.Ordinal);
        Assert.Contains(teacher.Name, all, StringComparison.Ordinal);
        Assert.Contains(rup.Name, byRegion, StringComparison.Ordinal);
        Assert.DoesNotContain(teacher.Name, byRegion, StringComparison.Ordinal);
        Assert.Contains(teacher.Name, byProvince, StringComparison.Ordinal);
        Assert.DoesNotContain(rup.Name, byProvince, StringComparison.Ordinal);
        Assert.Contains(rup.Name, byOrganization, StringComparison.Ordinal);
        Assert.DoesNotContain(teacher.Name, byOrganization, StringComparison.Ordinal);
        Assert.Contains(teacher.Name, byRole, StringComparison.Ordinal);
        Assert.DoesNotContain(rup.Name, byRole, StringComparison.Ordinal);
        Assert.Contains(rup.Name, byCompetence, StringComparison.Ordinal);
        Assert.DoesNotContain(teacher.Name, byCompetence, StringComparison.Ordinal);
        Assert.Contains($"/reti/{Network}/comunita/persone/{rup.Id}", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finds_who_answered_questions_by_tag_or_title_only_in_spaces_the_viewer_reads()
    {
        var token = PeopleArrange.Token();
        var asker = await PeopleArrange.MemberAsync(Factory, token + "ask", [Network]);
        var answerer = await PeopleArrange.MemberAsync(Factory, token + "ans", [Network]);
        var silent = await PeopleArrange.MemberAsync(Factory, token + "sil", [Network]);
        var secret = await PeopleArrange.MemberAsync(Factory, token + "sec", [Network]);
        var open = await PeopleArrange.SpaceAsync(Factory, Network, SpaceAccess.NetworkMembers);
        var group = await PeopleArrange.SpaceAsync(Factory, Network, SpaceAccess.SpaceMembers, secret.Id);
        await PeopleArrange.AnsweredQuestionAsync(Factory, open, asker.Id, $"Come si fa la gara {token}titolo?", [token + "-appalti"], answerer.Id);
        await PeopleArrange.AnsweredQuestionAsync(Factory, group, asker.Id, "Domanda del gruppo", [token + "-appalti"], secret.Id);

        var byTag = await DirectoryAsync($"Q={token}&Topic={token}-APPALTI");
        var byTitle = await DirectoryAsync($"Q={token}&Topic={token}titolo");

        Assert.Contains(answerer.Name, byTag, StringComparison.Ordinal);
        Assert.DoesNotContain(asker.Name, byTag, StringComparison.Ordinal);
        Assert.DoesNotContain(silent.Name, byTag, StringComparison.Ordinal);
        Assert.DoesNotContain(secret.Name, byTag, StringComparison.Ordinal);
        Assert.Contains(answerer.Name, byTitle, StringComparison.Ordinal);
        Assert.DoesNotContain(asker.Name, byTitle, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Members_of_another_network_are_never_listed()
    {
        var token = PeopleArrange.Token();
        var here = await PeopleArrange.MemberAsync(Factory, token + "qui", [Network]);
        var elsewhere = await PeopleArrange.MemberAsync(Factory, token + "altrove", [Other]);

        var page = await DirectoryAsync($"Q={token}");

        Assert.Contains(here.Name, page, StringComparison.Ordinal);
        Assert.DoesNotContain(elsewhere.Name, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_directory_is_for_members_of_the_network_only()
    {
        var outsider = await PeopleArrange.MemberAsync(Factory, PeopleArrange.Token(), [Other]);

        var response = await Factory.ClientFor(outsider.Email).GetAsync($"/reti/{Network}/comunita/persone");
        var anonymous = await Factory.ClientFor(null).GetAsync($"/reti/{Network}/comunita/persone");

        Assert.True(response.IsDenied(), response.StatusCode.ToString());
        Assert.True(anonymous.IsSignInChallenge());
    }

    [Fact]
    public async Task Bad_filter_values_show_the_page_instead_of_failing()
    {
        var response = await Factory.ClientFor(DemoAccounts.ReferentOf(Network))
            .GetAsync($"/reti/{Network}/comunita/persone?Region=nonunid&JobRole=Astronauta&Q={new string('x', 500)}&page=-3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
