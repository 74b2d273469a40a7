using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Spaces;
using Bottega.Demo;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Bottega.Community.Tests.Spaces;

public sealed class SpaceCountersTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Published_topics_and_posts_count_in_their_space_and_a_recount_agrees()
    {
        var space = await SpaceArrange.SpaceAsync(app.Factory, DemoAccounts.Rup, SpaceArrange.Unique("Contatori"));
        var at = SpaceArrange.Now().AddMinutes(-10);
        using (var scope = app.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            await SpaceCounters.TopicAddedAsync(db, space.Id, at, CancellationToken.None);
            await SpaceCounters.PostAddedAsync(db, space.Id, at.AddMinutes(1), CancellationToken.None);
            await SpaceCounters.PostAddedAsync(db, space.Id, at.AddMinutes(-5), CancellationToken.None);
        }

        var counted = await Load(space.Id);
        Assert.Equal((1, 3), (counted.TopicCount, counted.PostCount));
        Assert.Equal(at.AddMinutes(1), counted.LastActivityAt!.Value, TimeSpan.FromMilliseconds(1));

        await SpaceArrange.TopicAsync(app.Factory, space, TopicKind.Question, "Una domanda", "Testo", DemoAccounts.TeacherOf(DemoAccounts.Rup),
            [(DemoAccounts.ReferentOf(DemoAccounts.Rup), "Una risposta")]);
        var recounted = await Load(space.Id);
        Assert.Equal((1, 2), (recounted.TopicCount, recounted.PostCount));
    }

    private Task<Space> Load(Guid id) => app.Factory.QueryAsync(db => db.Set<Space>().IgnoreQueryFilters().AsNoTracking().SingleAsync(s => s.Id == id));
}
