using Bottega.Credentials.Contracts;
using Bottega.Credentials.Domain;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Tenancy;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Bottega.Credentials.Tests.Issuing;

public sealed class OrganizationAwardsTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task An_award_from_another_module_is_issued_to_the_organization_once()
    {
        var network = await app.Factory.NetworkAsync("rete-province-appalti");
        await using var scope = app.Factory.Services.CreateAsyncScope();
        TenantScopes.Enter(scope.ServiceProvider, new NetworkRef(network.Id, network.Slug, network.Name));
        var organization = (await scope.ServiceProvider.GetRequiredService<INetworkDirectory>().ListActiveMemberOrganizationsAsync(network.Id, default))[0];
        var awards = scope.ServiceProvider.GetRequiredService<IOrganizationAwards>();

        var first = await awards.AwardAsync(network.Id, "premio-prova", "Premio di prova", "Ente premiato al bando di prova.", "Vincere il bando di prova.", organization.Id, default);
        var second = await awards.AwardAsync(network.Id, "premio-prova", "Premio di prova", "Ente premiato al bando di prova.", "Vincere il bando di prova.", organization.Id, default);

        Assert.True(first);
        Assert.False(second);
        var issued = await app.Factory.QueryAsync(db => db.Set<Credential>().IgnoreQueryFilters()
            .Join(db.Set<Achievement>().IgnoreQueryFilters().Where(a => a.NetworkId == network.Id && a.AwardKey == "premio-prova"), c => c.AchievementId, a => a.Id, (c, a) => c)
            .Select(c => new { c.RecipientKind, c.RecipientOrganizationId, c.RecipientName }).ToListAsync());
        var credential = Assert.Single(issued);
        Assert.Equal(RecipientKind.Organization, credential.RecipientKind);
        Assert.Equal(organization.Id, credential.RecipientOrganizationId);
        Assert.Equal(organization.Name, credential.RecipientName);
    }
}
