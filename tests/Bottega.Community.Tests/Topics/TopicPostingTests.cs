using System.Net;
using Bottega.Community.Domain;
using Bottega.Community.Features.Events;
using Bottega.Platform.Outbox;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Community.Tests.Topics;

public sealed class TopicPostingTests(CommunityFixture app) : IClassFixture<CommunityFixture>
{
    private BottegaAppFactory Factory => app.Factory;

    [Fact]
    public async Task Member_opens_a_question_with_tags_and_sees_it_with_its_first_post_revision_index_and_event()
    {
        await Factory.TrustAsync(CommunityWorld.Teacher);
        var space = await Factory.SpaceAsync();
        var client = Factory.ClientFor(CommunityWorld.Teacher);

        var topicId = await client.CreateTopicAsync(space.Slug, "Come si calcola la soglia comunitaria?", "Vorrei capire **come** si calcola.", "Question", "Soglie, Appalti pubblici");

        var topic = await Factory.TopicAsync(topicId);
        Assert.Equal(TopicKind.Question, topic.Kind);
        Assert.Equal(Visibility.Visible, topic.Visibility);
        var page = await client.GetStringAsync(CommunityWorld.TopicUrl(topicId));
        Assert.Contains("Come si calcola la soglia comunitaria?", page, StringComparison.Ordinal);
        Assert.Contains("<strong>come</strong>", page, StringComparison.Ordinal);
        Assert.Contains("/comunita/tag/appalti-pubblici", page, StringComparison.Ordinal);
        await using var db = Factory.Open();
        var first = await db.Set<Post>().IgnoreQueryFilters().SingleAsync(p => p.TopicId == topicId);
        Assert.Equal(1, first.Number);
        Assert.Equal(1, await db.Set<PostRevision>().IgnoreQueryFilters().CountAsync(r => r.PostId == first.Id && r.Title == topic.Title));
        Assert.Equal(1, (await db.Set<Tag>().IgnoreQueryFilters().SingleAsync(t => t.Slug == "appalti-pubblici")).TopicCount);
        Assert.True(await db.Set<Subscription>().IgnoreQueryFilters().AnyAsync(s => s.TargetId == topicId && s.Target == SubscriptionTarget.Topic));
        Assert.Equal(1, (await db.Set<Space>().IgnoreQueryFilters().SingleAsync(s => s.Id == space.Id)).TopicCount);
        var published = await db.Set<OutboxMessage>().IgnoreQueryFilters().Where(m => m.Type == PostPublished.OutboxType).ToListAsync();
        Assert.Contains(published, m => CommunityOutbox.Read<PostPublished>(m.Payload).TopicId == topicId);
    }

    [Fact]
    public async Task Member_opens_a_discussion_and_a_reply_gets_number_two()
    {
        await Factory.TrustAsync(CommunityWorld.Teacher);
        var space = await Factory.SpaceAsync();
        var client = Factory.ClientFor(CommunityWorld.Teacher);
        var topicId = await client.CreateTopicAsync(space.Slug, "Esperienze con il lavoro agile", "Raccontiamo le esperienze.", "Discussion");

        var replyId = await Factory.ClientFor(CommunityWorld.Moderator).CreateReplyAsync(topicId, "La nostra esperienza è positiva.");

        Assert.Equal(TopicKind.Discussion, (await Factory.TopicAsync(topicId)).Kind);
        Assert.Equal(2, (await Factory.PostAsync(replyId)).Number);
        Assert.Equal(1, (await Factory.TopicAsync(topicId)).ReplyCount);
        Assert.Contains("La nostra esperienza è positiva.", await client.GetStringAsync(CommunityWorld.TopicUrl(topicId)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submitting_the_same_form_twice_creates_one_topic_and_one_post()
    {
        var space = await Factory.SpaceAsync();
        var client = Factory.ClientFor(CommunityWorld.Moderator);
        var key = Guid.NewGuid().ToString();

        var first = await client.NewTopicAsync(space.Slug, "Una domanda inviata due volte", "Testo", clientKey: key);
        var second = await client.NewTopicAsync(space.Slug, "Una domanda inviata due volte", "Testo", clientKey: key);

        Assert.Equal(CommunityWorld.TopicIdOf(first), CommunityWorld.TopicIdOf(second));
        Assert.Equal(1, await Factory.QueryAsync(db => db.Set<Topic>().IgnoreQueryFilters().CountAsync(t => t.SpaceId == space.Id)));
        var topicId = CommunityWorld.TopicIdOf(first);
        var replyKey = Guid.NewGuid().ToString();
        await client.ReplyAsync(topicId, "Risposta doppia", replyKey);
        await client.ReplyAsync(topicId, "Risposta doppia", replyKey);
        Assert.Equal(2, await Factory.QueryAsync(db => db.Set<Post>().IgnoreQueryFilters().CountAsync(p => p.TopicId == topicId)));
    }

    [Fact]
    public async Task Scripts_javascript_links_and_event_attributes_never_reach_the_page()
    {
        var space = await Factory.SpaceAsync();
        var client = Factory.ClientFor(CommunityWorld.Moderator);
        var text = "<script>alert('x')</script>\n\n[clicca](javascript:alert(1))\n\n<img src=x onerror=\"alert(2)\">\n\n![img](javascript:alert(3))";

        var topicId = await client.CreateTopicAsync(space.Slug, "Un titolo innocuo", text);

        var document = await client.GetDocumentAsync(CommunityWorld.TopicUrl(topicId));
        var body = document.QuerySelector(".post-body")!;
        Assert.Contains("alert", body.TextContent, StringComparison.Ordinal);
        Assert.Empty(body.QuerySelectorAll("script"));
        Assert.DoesNotContain(body.QuerySelectorAll("*"), e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(body.QuerySelectorAll("[href], [src]"),
            e => (e.GetAttribute("href") ?? e.GetAttribute("src") ?? "").Contains("javascript", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Title_too_short_is_refused_with_a_message()
    {
        var space = await Factory.SpaceAsync();
        var response = await Factory.ClientFor(CommunityWorld.Moderator).NewTopicAsync(space.Slug, "Ciao", "Testo");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Il titolo deve avere tra 5 e 200 caratteri.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_members_first_topic_waits_for_review_and_others_do_not_see_it()
    {
        var space = await Factory.SpaceAsync();
        var author = Factory.ClientFor(await NewcomerAsync());

        var response = await author.NewTopicAsync(space.Slug, "Primo messaggio da approvare", "Testo in attesa");

        var topicId = CommunityWorld.TopicIdOf(response);
        Assert.Equal(Visibility.PendingReview, (await Factory.TopicAsync(topicId)).Visibility);
        Assert.Contains("In attesa di approvazione", await author.GetStringAsync(CommunityWorld.TopicUrl(topicId)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Factory.ClientFor(CommunityWorld.Teacher).GetAsync(CommunityWorld.TopicUrl(topicId))).StatusCode);
        Assert.DoesNotContain(await Factory.QueryAsync(db => db.Set<OutboxMessage>().IgnoreQueryFilters().Where(m => m.Type == PostPublished.OutboxType).ToListAsync()),
            m => CommunityOutbox.Read<PostPublished>(m.Payload).TopicId == topicId);
    }

    [Fact]
    public async Task Reply_to_a_locked_topic_is_refused_except_for_moderators()
    {
        await Factory.TrustAsync(CommunityWorld.Teacher);
        var space = await Factory.SpaceAsync();
        var topicId = await Factory.ClientFor(CommunityWorld.Moderator).CreateTopicAsync(space.Slug, "Discussione da chiudere");
        await using (var db = Factory.Open())
        {
            (await db.Set<Topic>().IgnoreQueryFilters().SingleAsync(t => t.Id == topicId)).Lock(true);
            await db.SaveChangesAsync();
        }

        var teacher = Factory.ClientFor(CommunityWorld.Teacher);
        var page = await teacher.GetStringAsync(CommunityWorld.TopicUrl(topicId));
        Assert.Contains("La discussione è chiusa", page, StringComparison.Ordinal);
        var response = await teacher.PostFormAsync(CommunityWorld.TopicUrl(topicId), CommunityWorld.TopicUrl(topicId) + "?handler=Reply",
            new Dictionary<string, string> { ["Body"] = "Provo lo stesso", ["ClientKey"] = Guid.NewGuid().ToString() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("La discussione è chiusa", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await Factory.QueryAsync(db => db.Set<Post>().IgnoreQueryFilters().CountAsync(p => p.TopicId == topicId)));
        await Factory.ClientFor(CommunityWorld.Moderator).CreateReplyAsync(topicId, "I moderatori possono ancora rispondere.");
    }

    [Fact]
    public async Task Outsider_of_a_private_space_can_neither_post_nor_read_there()
    {
        var space = await Factory.SpaceAsync(SpaceAccess.SpaceMembers, SpaceAccess.SpaceMembers, CommunityWorld.Teacher);
        await Factory.TrustAsync(CommunityWorld.Teacher);
        var topicId = await Factory.ClientFor(CommunityWorld.Teacher).CreateTopicAsync(space.Slug, "Riservato al gruppo di lavoro");
        var outsider = Factory.ClientFor(CommunityWorld.Referent);

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/reti/{CommunityWorld.Net}/comunita/{space.Slug}/nuovo")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(CommunityWorld.TopicUrl(topicId))).StatusCode);
        var teacherName = await Factory.QueryAsync(db => db.Users.Where(u => u.Email == CommunityWorld.Teacher).Select(u => u.FamilyName).SingleAsync());
        var people = await outsider.GetStringAsync($"/reti/{CommunityWorld.Net}/comunita/scrittura/persone?spaceId={space.Id}&q={Uri.EscapeDataString(teacherName)}");
        Assert.DoesNotContain("data-mention-token", people, StringComparison.Ordinal);
        var other = Factory.ClientFor(Demo.DemoAccounts.TeacherOf(Demo.DemoAccounts.Anci));
        Assert.True((await other.GetAsync(CommunityWorld.TopicUrl(topicId))).IsDenied());
    }

    [Fact]
    public async Task Outsider_cannot_reply_to_a_private_topic_even_with_a_forged_form()
    {
        var space = await Factory.SpaceAsync(SpaceAccess.SpaceMembers, SpaceAccess.SpaceMembers, CommunityWorld.Teacher);
        var topicId = await Factory.ClientFor(CommunityWorld.Moderator).CreateTopicAsync(space.Slug, "Un altro argomento riservato");
        var outsider = Factory.ClientFor(CommunityWorld.Referent);
        var open = await Factory.SpaceAsync();
        var openTopic = await Factory.ClientFor(CommunityWorld.Moderator).CreateTopicAsync(open.Slug, "Argomento aperto");

        var response = await outsider.PostFormAsync(CommunityWorld.TopicUrl(openTopic), CommunityWorld.TopicUrl(topicId) + "?handler=Reply",
            new Dictionary<string, string> { ["Body"] = "Entro lo stesso", ["ClientKey"] = Guid.NewGuid().ToString() });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(1, await Factory.QueryAsync(db => db.Set<Post>().IgnoreQueryFilters().CountAsync(p => p.TopicId == topicId)));
    }

    [Fact]
    public async Task Mentioning_someone_who_cannot_read_a_private_space_is_refused_naming_them()
    {
        var space = await Factory.SpaceAsync(SpaceAccess.SpaceMembers, SpaceAccess.SpaceMembers, CommunityWorld.Teacher);
        var outsiderId = await Factory.UserIdAsync(CommunityWorld.Referent);
        var outsiderName = await Factory.QueryAsync(db => db.Users.Where(u => u.Id == outsiderId).Select(u => u.GivenName + " " + u.FamilyName).SingleAsync());

        var response = await Factory.ClientFor(CommunityWorld.Moderator).NewTopicAsync(space.Slug, "Menzione non ammessa", $"Ciao @[Chiunque]({outsiderId})");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"Non puoi menzionare {outsiderName.Trim()}: non può leggere questo spazio.", html, StringComparison.Ordinal);
        Assert.Equal(0, await Factory.QueryAsync(db => db.Set<Topic>().IgnoreQueryFilters().CountAsync(t => t.SpaceId == space.Id)));
    }

    [Fact]
    public async Task A_mention_of_a_reader_links_to_their_profile_and_travels_with_the_event()
    {
        var space = await Factory.SpaceAsync();
        var teacherId = await Factory.UserIdAsync(CommunityWorld.Teacher);
        var client = Factory.ClientFor(CommunityWorld.Moderator);

        var topicId = await client.CreateTopicAsync(space.Slug, "Menzione di un collega", $"Che ne pensi @[Docente]({teacherId})?");

        Assert.Contains($"href=\"/reti/{CommunityWorld.Net}/comunita/persone/{teacherId}\"", await client.GetStringAsync(CommunityWorld.TopicUrl(topicId)), StringComparison.Ordinal);
        var events = await Factory.QueryAsync(db => db.Set<OutboxMessage>().IgnoreQueryFilters().Where(m => m.Type == PostPublished.OutboxType).ToListAsync());
        Assert.Contains(events, m => CommunityOutbox.Read<PostPublished>(m.Payload) is { } e && e.TopicId == topicId && e.MentionedUserIds.Contains(teacherId));
    }

    [Fact]
    public async Task Editing_keeps_every_version_in_the_history_and_a_moderators_edit_is_audited()
    {
        await Factory.TrustAsync(CommunityWorld.Teacher);
        var space = await Factory.SpaceAsync();
        var teacher = Factory.ClientFor(CommunityWorld.Teacher);
        var topicId = await teacher.CreateTopicAsync(space.Slug, "Titolo della prima versione", "Prima versione del testo");
        var first = await Factory.FirstPostAsync(topicId);
        var editUrl = $"/reti/{CommunityWorld.Net}/comunita/messaggi/{first.Id}/modifica";

        var edited = await teacher.PostFormAsync(editUrl, new Dictionary<string, string> { ["Title"] = "Titolo della seconda versione", ["Body"] = "Seconda versione del testo" });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var moderated = await Factory.ClientFor(CommunityWorld.Moderator).PostFormAsync(editUrl,
            new Dictionary<string, string> { ["Title"] = "Titolo della terza versione", ["Body"] = "Terza versione", ["Reason"] = "Refuso" });
        Assert.Equal(HttpStatusCode.Redirect, moderated.StatusCode);

        Assert.Equal("Titolo della terza versione", (await Factory.TopicAsync(topicId)).Title);
        var history = await teacher.GetStringAsync($"/reti/{CommunityWorld.Net}/comunita/messaggi/{first.Id}/storia");
        Assert.Contains("Prima versione del testo", history, StringComparison.Ordinal);
        Assert.Contains("Seconda versione del testo", history, StringComparison.Ordinal);
        Assert.Contains("<del class=\"d-block\">Seconda versione del testo</del>", history, StringComparison.Ordinal);
        Assert.Contains(await Factory.AuditAsync("community.post-edited"), a => a.TargetId == first.Id.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await Factory.ClientFor(CommunityWorld.Referent).GetAsync(editUrl)).StatusCode);
    }

    [Fact]
    public async Task Similar_questions_find_a_matching_topic_but_not_one_of_a_private_space()
    {
        var open = await Factory.SpaceAsync();
        var closed = await Factory.SpaceAsync(SpaceAccess.SpaceMembers, SpaceAccess.SpaceMembers);
        var moderator = Factory.ClientFor(CommunityWorld.Moderator);
        var visible = await moderator.CreateTopicAsync(open.Slug, "Fatturazione elettronica dei contributi regionali");
        var hidden = await moderator.CreateTopicAsync(closed.Slug, "Fatturazione elettronica riservata al gruppo");

        var html = await Factory.ClientFor(CommunityWorld.Teacher).GetStringAsync($"/reti/{CommunityWorld.Net}/comunita/scrittura/simili?title=fatturazione%20elettronica");

        Assert.Contains(visible.ToString(), html, StringComparison.Ordinal);
        Assert.DoesNotContain(hidden.ToString(), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quoting_a_post_fills_the_reply_with_a_blockquote_and_its_author()
    {
        var space = await Factory.SpaceAsync();
        var moderator = Factory.ClientFor(CommunityWorld.Moderator);
        var topicId = await moderator.CreateTopicAsync(space.Slug, "Una frase da citare", "Frase memorabile");
        var first = await Factory.FirstPostAsync(topicId);

        var document = await moderator.GetDocumentAsync($"{CommunityWorld.TopicUrl(topicId)}?cita={first.Id}");

        Assert.Contains("> Frase memorabile", document.QuerySelector("textarea#reply-body")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(first.Id.ToString(), document.QuerySelector("input[name=ReplyToId]")!.GetAttribute("value"));
    }

    /// <summary>A plain member of the network who has never posted there (the demo's community has its regulars).</summary>
    private async Task<string> NewcomerAsync()
    {
        var network = await Factory.NetworkAsync(CommunityWorld.Net);
        var regulars = await Factory.QueryAsync(db => db.Set<MemberStats>().IgnoreQueryFilters().Where(s => s.NetworkId == network.Id).Select(s => s.UserId).ToListAsync());
        var members = await Following.FollowingArrange.PlainMembersAsync(Factory, network.Id, 200);
        return members.First(m => !regulars.Contains(m.Id)).Email;
    }
}
