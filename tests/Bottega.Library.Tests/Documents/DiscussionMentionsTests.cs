using Bottega.Community.Contracts;
using Bottega.Community.Domain;
using Bottega.Identity.Domain;
using Bottega.Platform.Security;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Bottega.Library.Tests.Documents;

public sealed class DiscussionMentionsTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Mentions_are_found_only_in_visible_posts_of_spaces_the_viewer_reads()
    {
        var fragment = $"/biblioteca/documenti/{Guid.NewGuid()}";
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        Guid networkId, viewer;
        string openTitle, closedTitle;
        await using (var db = app.Factory.Open())
        {
            var closedSpace = await db.Set<Space>().IgnoreQueryFilters().FirstAsync(s => s.ReadAccess != SpaceAccess.NetworkMembers);
            networkId = closedSpace.NetworkId;
            var openSpace = await db.Set<Space>().IgnoreQueryFilters().FirstAsync(s => s.NetworkId == networkId && s.ReadAccess == SpaceAccess.NetworkMembers);
            var listed = db.Set<SpaceMember>().IgnoreQueryFilters().Where(m => m.SpaceId == closedSpace.Id).Select(m => m.UserId);
            viewer = await db.Set<NetworkMembership>().IgnoreQueryFilters()
                .Where(m => m.NetworkId == networkId && m.Status == MembershipStatus.Active && m.Roles == NetworkRole.Member && !listed.Contains(m.UserId))
                .Select(m => m.UserId).FirstAsync();
            var open = await db.Set<Topic>().IgnoreQueryFilters().FirstAsync(t => t.SpaceId == openSpace.Id && t.Visibility == Visibility.Visible && t.MergedIntoId == null);
            var closed = await db.Set<Topic>().IgnoreQueryFilters().FirstAsync(t => t.SpaceId == closedSpace.Id && t.Visibility == Visibility.Visible && t.MergedIntoId == null);
            (openTitle, closedTitle) = (open.Title, closed.Title);
            db.Add(Post.Create(networkId, open.Id, 9001, viewer, $"Vedi [il modello](https://localhost/reti/x{fragment})", "", null, Visibility.Visible, null, now));
            db.Add(Post.Create(networkId, closed.Id, 9001, viewer, $"Anche qui {fragment}", "", null, Visibility.Visible, null, now));
            await db.SaveChangesAsync();
        }

        await using var scope = app.Factory.Services.CreateAsyncScope();
        var mentions = scope.ServiceProvider.GetRequiredService<IDiscussionMentions>();
        var found = await mentions.FindAsync(networkId, viewer, fragment, 5, CancellationToken.None);
        var topic = Assert.Single(found);
        Assert.Equal(openTitle, topic.Title);
        Assert.NotEqual(closedTitle, topic.Title);
        Assert.Contains("/comunita/discussioni/", topic.Url, StringComparison.Ordinal);
        Assert.Empty(await mentions.FindAsync(networkId, Guid.NewGuid(), fragment, 5, CancellationToken.None));
    }
}
