using Bottega.Testing;
using Xunit;

namespace Bottega.Community.Tests.Topics;

/// <summary>The app on a copy of the demo database, with the anti-spam rate raised so a test class can post freely.</summary>
public sealed class CommunityFixture : IAsyncLifetime
{
    private TestDatabase? database;

    public BottegaAppFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync() =>
        (Factory, database) = await AppFixture.IsolatedAsync(f => f.With("Community:MaxPostsPerWindow", "1000"));

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}
