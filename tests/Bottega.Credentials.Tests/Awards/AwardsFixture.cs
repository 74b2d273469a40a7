using Bottega.Credentials.Features.Issuing;
using Bottega.Platform.Data;
using Bottega.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Bottega.Credentials.Tests.Awards;

/// <summary>The real host on a copy of the demo, with the in-memory issuer in place of the real one.</summary>
public sealed class AwardsFixture : IAsyncLifetime
{
    private TestDatabase? database;

    public AwardsAppFactory Factory { get; private set; } = null!;

    internal FakeAwardIssuing Issuing => Factory.Issuing;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync();
        Factory = new AwardsAppFactory(database.Options);
        _ = Factory.Services;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}

public sealed class AwardsAppFactory(DatabaseOptions database) : BottegaAppFactory(database)
{
    internal FakeAwardIssuing Issuing { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IOrganizationAwardIssuing>(Issuing));
    }
}
