using Bottega.Demo;
using Bottega.Library.Domain;
using Bottega.Platform.Security;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Bottega.Library.Tests.Search;

/// <summary>Search shows only what the viewer may see: the same rule as the document page (<c>DocumentAccess</c>).</summary>
public sealed class LibrarySearchVisibilityTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Rup;
    private readonly LibraryArrange arrange = new(app.Factory);

    [Fact]
    public async Task An_organization_document_is_found_by_its_organizations_members_only()
    {
        var networkId = (await app.Factory.NetworkAsync(Network)).Id;
        var people = app.Factory.Services.GetRequiredService<INetworkPeople>();
        var learner = await people.FindAsync(networkId, await app.Factory.UserIdAsync(DemoAccounts.Learner), CancellationToken.None);
        var colleague = await people.FindAsync(networkId, await app.Factory.UserIdAsync(DemoAccounts.Colleague), CancellationToken.None);
        Assert.NotNull(colleague?.OrganizationId);
        Assert.NotEqual(colleague.OrganizationId, learner?.OrganizationId);
        var marker = LibrarySearchPageTests.Marker();
        var id = await arrange.DocumentAsync(networkId, "Interno " + marker, null, await AdminAsync(), visibility: DocumentVisibility.Organization,
            organizationId: colleague.OrganizationId);

        Assert.Equal([id], await IdsAsync(DemoAccounts.Colleague, marker));
        Assert.Empty(await IdsAsync(DemoAccounts.Learner, marker));
        Assert.Empty(await IdsAsync(null, marker));
        Assert.Equal([id], await IdsAsync(DemoAccounts.AdminOf(Network), marker));
    }

    [Fact]
    public async Task A_working_group_document_is_found_by_the_groups_members_only()
    {
        var networkId = (await app.Factory.NetworkAsync(Network)).Id;
        var colleague = await app.Factory.UserIdAsync(DemoAccounts.Colleague);
        var marker = LibrarySearchPageTests.Marker();
        var group = await arrange.WorkingGroupAsync(networkId, "gruppo-" + marker, colleague);
        var collection = await arrange.CollectionAsync(networkId, "gruppo-" + marker, "Raccolta del gruppo", group);
        var id = await arrange.DocumentAsync(networkId, "Bozza del gruppo " + marker, null, await AdminAsync(), visibility: DocumentVisibility.WorkingGroup,
            workingGroupId: group, collectionId: collection);

        Assert.Equal([id], await IdsAsync(DemoAccounts.Colleague, marker));
        Assert.Empty(await IdsAsync(DemoAccounts.Learner, marker));
        Assert.Empty(await IdsAsync(null, marker));
    }

    [Fact]
    public async Task An_anonymous_visitor_finds_public_documents_only()
    {
        var networkId = (await app.Factory.NetworkAsync(Network)).Id;
        var marker = LibrarySearchPageTests.Marker();
        var admin = await AdminAsync();
        var open = await arrange.DocumentAsync(networkId, "Pubblico " + marker, null, admin, visibility: DocumentVisibility.Public);
        var members = await arrange.DocumentAsync(networkId, "Per la rete " + marker, null, admin, visibility: DocumentVisibility.Network);

        Assert.Equal([open], await IdsAsync(null, marker));
        Assert.Equal([open], await IdsAsync(null, "", "tipo=Template&q=" + marker));
        Assert.Equal(2, (await IdsAsync(DemoAccounts.Learner, marker)).Count);
        Assert.Contains(members, await IdsAsync(DemoAccounts.Learner, marker));
    }

    [Fact]
    public async Task Another_networks_documents_never_appear()
    {
        var other = (await app.Factory.NetworkAsync(DemoAccounts.Provinces)).Id;
        var marker = LibrarySearchPageTests.Marker();
        await arrange.DocumentAsync(other, "Pubblico altrove " + marker, null, await AdminAsync(), visibility: DocumentVisibility.Public);

        Assert.Empty(await IdsAsync(DemoAccounts.AdminOf(Network), marker));
        Assert.Empty(await IdsAsync(null, marker));
        Assert.Single(await IdsAsync(null, marker, network: DemoAccounts.Provinces));
    }

    [Fact]
    public async Task Archived_documents_and_documents_without_a_file_are_not_found()
    {
        var networkId = (await app.Factory.NetworkAsync(Network)).Id;
        var marker = LibrarySearchPageTests.Marker();
        var id = await arrange.DocumentAsync(networkId, "Archiviato " + marker, null, await AdminAsync());
        await using (var db = app.Factory.Open())
        {
            var document = await db.Set<LibraryDocument>().IgnoreQueryFilters().FirstAsync(d => d.Id == id);
            document.Archive(true, DateTime.UnixEpoch);
            await db.SaveChangesAsync();
        }

        Assert.Empty(await IdsAsync(DemoAccounts.AdminOf(Network), marker));
    }

    private Task<Guid> AdminAsync() => app.Factory.UserIdAsync(DemoAccounts.AdminOf(Network));

    private async Task<List<Guid>> IdsAsync(string? email, string marker, string? query = null, string network = Network)
    {
        var html = await (await app.Factory.ClientFor(email).GetAsync($"/reti/{network}/biblioteca/cerca?{query ?? "q=" + marker}")).Content.ReadAsStringAsync();
        return LibrarySearchPageTests.Ids(html);
    }
}
