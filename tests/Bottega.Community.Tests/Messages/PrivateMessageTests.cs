using System.Net;
using Bottega.Community.Domain;
using Bottega.Community.Features.Events;
using Bottega.Community.Features.Messages;
using Bottega.Community.Tests.Directory;
using Bottega.Demo;
using Bottega.Platform.Outbox;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Bottega.Community.Tests.Messages;

public sealed class PrivateMessageTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Federation;
    private const string Other = DemoAccounts.Rup;

    private BottegaAppFactory Factory => app.Factory;

    private static string NewPath(Guid to) => $"/reti/{Network}/messaggi/nuovo?a={to}";

    private Task<HttpResponseMessage> StartAsync(TestPerson from, Guid to, string subject, string text, Guid? clientKey = null) =>
        Factory.ClientFor(from.Email).PostFormAsync(NewPath(to), new Dictionary<string, string>
        {
            ["Input.Subject"] = subject,
            ["Input.Text"] = text,
            ["Input.ClientKey"] = (clientKey ?? Guid.NewGuid()).ToString(),
        });

    private Task<HttpResponseMessage> ReplyAsync(TestPerson from, Guid conversationId, string text) =>
        Factory.ClientFor(from.Email).PostFormAsync($"/reti/{Network}/messaggi/{conversationId}", new Dictionary<string, string>
        {
            ["Input.Text"] = text,
            ["Input.ClientKey"] = Guid.NewGuid().ToString(),
        });

    private async Task<(TestPerson A, TestPerson B)> PairAsync()
    {
        var token = PeopleArrange.Token();
        return (await PeopleArrange.MemberAsync(Factory, token + "a", [Network]), await PeopleArrange.MemberAsync(Factory, token + "b", [Network]));
    }

    private static Guid ConversationOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        return Guid.Parse(location.Split('/')[^1].Split('#')[0]);
    }

    private Task<List<PrivateMessage>> MessagesFromAsync(Guid senderId) =>
        Factory.QueryAsync(db => db.Set<PrivateMessage>().IgnoreQueryFilters().AsNoTracking().Where(m => m.SenderId == senderId).ToListAsync());

    private async Task<int> UnreadAsync(Guid userId)
    {
        using var scope = Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<PrivateMessages>().CountUnreadAsync(userId, null, CancellationToken.None);
    }

    [Fact]
    public async Task A_member_writes_the_other_reads_and_replies_and_each_message_writes_its_event()
    {
        var (a, b) = await PairAsync();

        var conversationId = ConversationOf(await StartAsync(a, b.Id, "Gara ponte", "Ciao, hai il **capitolato**?"));
        var unreadBefore = await UnreadAsync(b.Id);
        var inbox = await Factory.ClientFor(b.Email).GetStringAsync(new Uri($"/reti/{Network}/messaggi", UriKind.Relative));
        var thread = await Factory.ClientFor(b.Email).GetStringAsync(new Uri($"/reti/{Network}/messaggi/{conversationId}", UriKind.Relative));
        var unreadAfter = await UnreadAsync(b.Id);
        var reply = await ReplyAsync(b, conversationId, "Sì, te lo mando.");
        var senderThread = await Factory.ClientFor(a.Email).GetStringAsync(new Uri($"/reti/{Network}/messaggi/{conversationId}", UriKind.Relative));

        Assert.Equal(1, unreadBefore);
        Assert.Contains("Gara ponte", inbox, StringComparison.Ordinal);
        Assert.Contains("Da leggere", inbox, StringComparison.Ordinal);
        Assert.Contains("<strong>capitolato</strong>", thread, StringComparison.Ordinal);
        Assert.Equal(0, unreadAfter);
        Assert.Equal(conversationId, ConversationOf(reply));
        Assert.Contains("Sì, te lo mando.", System.Net.WebUtility.HtmlDecode(senderThread), StringComparison.Ordinal);
        var events = await Factory.QueryAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(o => o.Type == MessageSent.OutboxType).ToListAsync());
        var sent = events.Select(e => CommunityOutbox.Read<MessageSent>(e.Payload)).Where(e => e.ConversationId == conversationId).OrderBy(e => e.SentAt).ToList();
        Assert.Equal(2, sent.Count);
        Assert.Equal([b.Id], sent[0].RecipientIds);
        Assert.Equal(a.Id, sent[0].SenderId);
        Assert.Equal("Gara ponte", sent[0].Subject);
        Assert.Equal([a.Id], sent[1].RecipientIds);
    }

    [Fact]
    public async Task Someone_outside_the_conversation_gets_not_found()
    {
        var (a, b) = await PairAsync();
        var outsider = await PeopleArrange.MemberAsync(Factory, PeopleArrange.Token(), [Network]);
        var conversationId = ConversationOf(await StartAsync(a, b.Id, "Riservato", "Solo per te."));

        var read = await Factory.ClientFor(outsider.Email).GetAsync($"/reti/{Network}/messaggi/{conversationId}");
        var reply = await Factory.ClientFor(outsider.Email).PostFormAsync(NewPath(a.Id), $"/reti/{Network}/messaggi/{conversationId}",
            new Dictionary<string, string> { ["Input.Text"] = "Intrusione", ["Input.ClientKey"] = Guid.NewGuid().ToString() });
        var inbox = await Factory.ClientFor(outsider.Email).GetStringAsync(new Uri($"/reti/{Network}/messaggi", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reply.StatusCode);
        Assert.DoesNotContain("Riservato", inbox, StringComparison.Ordinal);
        Assert.Empty(await MessagesFromAsync(outsider.Id));
    }

    [Fact]
    public async Task A_conversation_id_of_another_network_is_not_found_even_for_its_participant()
    {
        var token = PeopleArrange.Token();
        var a = await PeopleArrange.MemberAsync(Factory, token + "a", [Network, Other]);
        var b = await PeopleArrange.MemberAsync(Factory, token + "b", [Network]);
        var conversationId = ConversationOf(await StartAsync(a, b.Id, "Nella federazione", "Testo"));

        var response = await Factory.ClientFor(a.Email).GetAsync($"/reti/{Other}/messaggi/{conversationId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Writing_to_yourself_is_refused()
    {
        var (a, _) = await PairAsync();

        var form = await Factory.ClientFor(a.Email).GetStringAsync(new Uri(NewPath(a.Id), UriKind.Relative));
        var response = await StartAsync(a, a.Id, "A me", "Promemoria");

        Assert.Contains("Non puoi scrivere a te stesso.", form, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await MessagesFromAsync(a.Id));
    }

    [Fact]
    public async Task Writing_to_someone_who_is_not_a_member_of_the_network_is_refused()
    {
        var (a, b) = await PairAsync();
        var elsewhere = await PeopleArrange.MemberAsync(Factory, PeopleArrange.Token(), [Other]);

        var form = await Factory.ClientFor(a.Email).GetAsync(NewPath(elsewhere.Id));
        var response = await Factory.ClientFor(a.Email).PostFormAsync(NewPath(b.Id), NewPath(elsewhere.Id), new Dictionary<string, string>
        {
            ["Input.Subject"] = "Ciao",
            ["Input.Text"] = "Testo",
            ["Input.ClientKey"] = Guid.NewGuid().ToString(),
        });

        Assert.Equal(HttpStatusCode.NotFound, form.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await MessagesFromAsync(a.Id));
    }

    [Fact]
    public async Task The_same_form_submitted_twice_sends_one_message()
    {
        var (a, b) = await PairAsync();
        var key = Guid.NewGuid();

        var first = ConversationOf(await StartAsync(a, b.Id, "Doppio", "Una volta sola", key));
        var second = ConversationOf(await StartAsync(a, b.Id, "Doppio", "Una volta sola", key));

        Assert.Equal(first, second);
        Assert.Single(await MessagesFromAsync(a.Id));
        Assert.Equal(1, await Factory.QueryAsync(db => db.Set<Conversation>().IgnoreQueryFilters().CountAsync(c => c.Subject == "Doppio" && c.Id == first)));
    }

    [Fact]
    public async Task Scripts_in_a_message_are_neutralised()
    {
        var (a, b) = await PairAsync();

        var conversationId = ConversationOf(await StartAsync(a, b.Id, "Script", "<script>alert('x')</script> [link](javascript:alert(1)) <img src=x onerror=alert(2)>"));
        var thread = await Factory.ClientFor(b.Email).GetStringAsync(new Uri($"/reti/{Network}/messaggi/{conversationId}", UriKind.Relative));
        var stored = (await MessagesFromAsync(a.Id)).Single();

        var body = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(stored.Html);
        Assert.Empty(body.QuerySelectorAll("script, img, iframe"));
        Assert.DoesNotContain(body.All, e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.DoesNotContain(body.QuerySelectorAll("a"), e => e.GetAttribute("href")?.Contains("javascript", StringComparison.OrdinalIgnoreCase) == true);
        Assert.DoesNotContain("<script>alert", thread, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_banned_person_cannot_write()
    {
        var (a, b) = await PairAsync();
        var network = await Factory.NetworkAsync(Network);
        var moderator = await Factory.UserIdAsync(DemoAccounts.ModeratorOf(Network));
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        await using (var db = Factory.Open())
        {
            db.Add(Ban.Create(network.Id, a.Id, now.AddDays(3), "Spam", moderator, now));
            await db.SaveChangesAsync();
        }

        var response = await StartAsync(a, b.Id, "Ancora", "Spam");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Non puoi scrivere nella comunità fino al", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Empty(await MessagesFromAsync(a.Id));
    }

    [Fact]
    public async Task An_empty_message_gets_a_message_beside_the_field()
    {
        var (a, b) = await PairAsync();

        var response = await StartAsync(a, b.Id, "", "  ");
        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Scrivi l'oggetto.", html, StringComparison.Ordinal);
        Assert.Empty(await MessagesFromAsync(a.Id));
    }
}
