using System.Net;
using Bottega.Community.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Community.Tests.Topics;

public sealed class TopicPageTests(CommunityFixture app) : IClassFixture<CommunityFixture>
{
    private BottegaAppFactory Factory => app.Factory;

    [Fact]
    public async Task Replies_come_fifty_a_page()
    {
        var space = await Factory.SpaceAsync();
        var topicId = await Factory.ClientFor(CommunityWorld.Moderator).CreateTopicAsync(space.Slug, "Discussione molto lunga", kind: "Discussion");
        var authorId = await Factory.UserIdAsync(CommunityWorld.Teacher);
        await using (var db = Factory.Open())
        {
            var topic = await db.Set<Topic>().IgnoreQueryFilters().SingleAsync(t => t.Id == topicId);
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            for (var i = 0; i < 55; i++)
            {
                var number = topic.NextPostNumber();
                var text = $"Risposta numero {number}.";
                db.Add(Post.Create(topic.NetworkId, topicId, number, authorId, text, $"<p>{text}</p>", null, Visibility.Visible, null, now.AddSeconds(i)));
                topic.Replied(authorId, now, true);
            }

            await db.SaveChangesAsync();
        }

        var client = Factory.ClientFor(CommunityWorld.Teacher);
        var first = await client.GetStringAsync(CommunityWorld.TopicUrl(topicId));
        var second = await client.GetStringAsync(CommunityWorld.TopicUrl(topicId) + "?pagina=2");

        Assert.Contains("Risposta numero 51.", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Risposta numero 52.", first, StringComparison.Ordinal);
        Assert.Contains("Risposta numero 56.", second, StringComparison.Ordinal);
        Assert.DoesNotContain("Risposta numero 51.", second, StringComparison.Ordinal);
        Assert.Contains("?pagina=2", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Author_deletes_a_reply_but_not_a_first_post_that_has_replies()
    {
        await Factory.TrustAsync(CommunityWorld.Teacher);
        var space = await Factory.SpaceAsync();
        var teacher = Factory.ClientFor(CommunityWorld.Teacher);
        var topicId = await teacher.CreateTopicAsync(space.Slug, "Domanda con risposta da eliminare");
        var replyId = await teacher.CreateReplyAsync(topicId, "Risposta che elimino");
        var first = await Factory.FirstPostAsync(topicId);
        var url = CommunityWorld.TopicUrl(topicId);

        await teacher.PostFormAsync(url, url + "?handler=Delete", new Dictionary<string, string> { ["postId"] = first.Id.ToString() });
        Assert.Equal(Visibility.Visible, (await Factory.TopicAsync(topicId)).Visibility);
        await Factory.ClientFor(CommunityWorld.Moderator).PostFormAsync(url, url + "?handler=Delete", new Dictionary<string, string> { ["postId"] = replyId.ToString() });
        Assert.Equal(Visibility.Visible, (await Factory.PostAsync(replyId)).Visibility);
        await teacher.PostFormAsync(url, url + "?handler=Delete", new Dictionary<string, string> { ["postId"] = replyId.ToString() });

        Assert.Equal(Visibility.Deleted, (await Factory.PostAsync(replyId)).Visibility);
        Assert.Equal(0, (await Factory.TopicAsync(topicId)).ReplyCount);
        var page = await teacher.GetStringAsync(url);
        Assert.Contains("Messaggio eliminato dall&#x27;autore.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Risposta che elimino", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_unknown_topics_are_not_found()
    {
        var space = await Factory.SpaceAsync();
        var topicId = await Factory.ClientFor(CommunityWorld.Moderator).CreateTopicAsync(space.Slug, "Argomento per gli anonimi");

        Assert.True((await Factory.ClientFor(null).GetAsync(CommunityWorld.TopicUrl(topicId))).IsSignInChallenge());
        Assert.Equal(HttpStatusCode.NotFound, (await Factory.ClientFor(CommunityWorld.Teacher).GetAsync(CommunityWorld.TopicUrl(Guid.NewGuid()))).StatusCode);
    }

    [Fact]
    public async Task Preview_renders_sanitized_markdown()
    {
        var space = await Factory.SpaceAsync();
        var client = Factory.ClientFor(CommunityWorld.Moderator);

        var response = await client.PostFormAsync($"/reti/{CommunityWorld.Net}/comunita/{space.Slug}/nuovo", $"/reti/{CommunityWorld.Net}/comunita/scrittura/anteprima",
            new Dictionary<string, string> { ["Body"] = "**forte** <script>alert(1)</script>" });

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<strong>forte</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
    }
}
