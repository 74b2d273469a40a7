using System.Text;
using Bottega.Organizations.Domain;
using Bottega.Organizations.Territory;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Bottega.Organizations.Tests.Territory;

public sealed class TerritoryImportTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Import_puts_municipalities_under_their_province_and_region()
    {
        var (rome, province, region) = await app.Factory.QueryAsync(async db =>
        {
            var city = await db.Set<Organization>().SingleAsync(o => o.IstatCode == "058091");
            return (city, await db.Set<Organization>().SingleAsync(o => o.Id == city.ProvinceId), await db.Set<Organization>().SingleAsync(o => o.Id == city.RegionId));
        });

        Assert.Equal(Contracts.OrganizationKind.MetropolitanCity, province.Kind);
        Assert.Equal("RM", province.Abbreviation);
        Assert.Equal("Lazio", region.Name);
        Assert.Equal(province.Id, rome.ParentId);
    }

    [Fact]
    public async Task Reimport_is_idempotent_and_renames_by_code()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<TerritoryImporter>();
        var count = await app.Factory.QueryAsync(db => db.Set<Organization>().CountAsync());
        var csv = Encoding.UTF8.GetString(TerritoryImporter.EmbeddedDataset()).Replace(";Agliè;", ";Agliè Canavese;", StringComparison.Ordinal);

        var result = await importer.ImportAsync(Encoding.UTF8.GetBytes(csv), CancellationToken.None);

        Assert.Equal(0, result.Created);
        Assert.Equal(1, result.Renamed);
        Assert.Equal(count, await app.Factory.QueryAsync(db => db.Set<Organization>().CountAsync()));
        Assert.Equal("Agliè Canavese", await app.Factory.QueryAsync(db => db.Set<Organization>().Where(o => o.IstatCode == "001001").Select(o => o.Name).SingleAsync()));
    }

    [Fact]
    public async Task Malformed_file_writes_nothing()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<TerritoryImporter>();
        var count = await app.Factory.QueryAsync(db => db.Set<Organization>().CountAsync());
        var csv = Encoding.UTF8.GetString(TerritoryImporter.EmbeddedDataset()) + "99;999;ABCDEF;Broken;X;1;Y;ZZ\n";

        await Assert.ThrowsAsync<TerritoryImportException>(() => importer.ImportAsync(Encoding.UTF8.GetBytes(csv), CancellationToken.None));

        Assert.Equal(count, await app.Factory.QueryAsync(db => db.Set<Organization>().CountAsync()));
    }
}
