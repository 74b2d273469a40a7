using System.Text.Json;
using Bottega.Community.Domain;
using Bottega.Community.Tests.Directory;
using Bottega.Demo;
using Bottega.Identity.Features.PersonalData;
using Bottega.Platform.Security;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Bottega.Community.Tests.Privacy;

public sealed class CommunityPersonalDataTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Federation;

    private BottegaAppFactory Factory => app.Factory;

    /// <summary>A person with a question and an answer, a vote, a conversation with a colleague, a subscription, a notification, a preference and figures.</summary>
    private async Task<(TestPerson Person, TestPerson Colleague, Guid TopicId, Guid ConversationId)> ActivePersonAsync(string token)
    {
        var person = await PeopleArrange.MemberAsync(Factory, token + "per", [Network]);
        var colleague = await PeopleArrange.MemberAsync(Factory, token + "col", [Network]);
        var space = await PeopleArrange.SpaceAsync(Factory, Network, SpaceAccess.NetworkMembers);
        var topicId = await PeopleArrange.AnsweredQuestionAsync(Factory, space, colleague.Id, $"Domanda {token}", [], person.Id);
        var network = await Factory.NetworkAsync(Network);
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        await using var db = Factory.Open();
        var question = await db.Set<Post>().IgnoreQueryFilters().SingleAsync(p => p.TopicId == topicId && p.Number == 1);
        var conversation = Conversation.Create(network.Id, $"Oggetto {token}", now);
        db.AddRange(
            Vote.Create(network.Id, question.Id, person.Id, 1, now),
            conversation,
            ConversationParticipant.Create(network.Id, conversation.Id, person.Id),
            ConversationParticipant.Create(network.Id, conversation.Id, colleague.Id),
            PrivateMessage.Create(network.Id, conversation.Id, person.Id, $"Messaggio privato {token}", "<p>x</p>", null, now),
            PrivateMessage.Create(network.Id, conversation.Id, colleague.Id, "Risposta del collega", "<p>y</p>", null, now),
            Subscription.Create(network.Id, person.Id, SubscriptionTarget.Topic, topicId, now),
            Notification.Create(network.Id, person.Id, NotificationKind.Reply, colleague.Id, topicId, null, $"Notifica {token}", "/x", now),
            Notification.Create(network.Id, colleague.Id, NotificationKind.PrivateMessage, person.Id, null, null, "Da lui", "/y", now),
            NotificationPreference.Create(person.Id, EmailFrequency.Weekly, now),
            MemberStats.Create(network.Id, person.Id));
        await db.SaveChangesAsync();
        return (person, colleague, topicId, conversation.Id);
    }

    [Fact]
    public async Task The_export_holds_the_persons_community_data()
    {
        var token = PeopleArrange.Token();
        var (person, _, _, _) = await ActivePersonAsync(token);

        using var scope = Factory.Services.CreateScope();
        var document = await scope.ServiceProvider.GetRequiredService<PersonalDataExport>().BuildAsync(person.Id, CancellationToken.None);
        var json = JsonSerializer.Serialize(document);

        Assert.Contains("\"community\"", json, StringComparison.Ordinal);
        Assert.Contains("Risposta", json, StringComparison.Ordinal);
        Assert.Contains($"Messaggio privato {token}", json, StringComparison.Ordinal);
        Assert.Contains($"Oggetto {token}", json, StringComparison.Ordinal);
        Assert.Contains($"Notifica {token}", json, StringComparison.Ordinal);
        Assert.Contains("Weekly", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Risposta del collega", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erasure_keeps_the_posts_without_a_name_and_deletes_what_was_only_theirs()
    {
        var token = PeopleArrange.Token();
        var (person, colleague, topicId, conversationId) = await ActivePersonAsync(token);

        using (var scope = Factory.Services.CreateScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<PersonalDataErasure>().EraseAsync(person.Id, CancellationToken.None));
        }

        await using var db = Factory.Open();
        Assert.True(await db.Set<Post>().IgnoreQueryFilters().AnyAsync(p => p.TopicId == topicId && p.AuthorId == person.Id));
        Assert.False(await db.Set<PrivateMessage>().IgnoreQueryFilters().AnyAsync(m => m.SenderId == person.Id));
        Assert.True(await db.Set<PrivateMessage>().IgnoreQueryFilters().AnyAsync(m => m.ConversationId == conversationId && m.SenderId == colleague.Id));
        Assert.False(await db.Set<ConversationParticipant>().IgnoreQueryFilters().AnyAsync(p => p.UserId == person.Id));
        Assert.False(await db.Set<Notification>().IgnoreQueryFilters().AnyAsync(n => n.UserId == person.Id));
        Assert.False(await db.Set<Notification>().IgnoreQueryFilters().AnyAsync(n => n.ActorId == person.Id));
        Assert.False(await db.Set<Subscription>().IgnoreQueryFilters().AnyAsync(s => s.UserId == person.Id));
        Assert.False(await db.Set<NotificationPreference>().AnyAsync(p => p.UserId == person.Id));
        Assert.False(await db.Set<MemberStats>().IgnoreQueryFilters().AnyAsync(s => s.UserId == person.Id));
        using (var scope = Factory.Services.CreateScope())
        {
            var names = await scope.ServiceProvider.GetRequiredService<IPersonNames>().GetAsync([person.Id, colleague.Id], CancellationToken.None);
            Assert.False(names.ContainsKey(person.Id));
            Assert.True(names.ContainsKey(colleague.Id));
        }

        var thread = await Factory.ClientFor(colleague.Email).GetStringAsync(new Uri($"/reti/{Network}/messaggi/{conversationId}", UriKind.Relative));
        Assert.Contains("Utente rimosso", thread, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_conversation_left_without_participants_goes_with_the_last_one()
    {
        var token = PeopleArrange.Token();
        var (person, colleague, _, conversationId) = await ActivePersonAsync(token);

        using (var scope = Factory.Services.CreateScope())
        {
            var erasure = scope.ServiceProvider.GetRequiredService<PersonalDataErasure>();
            await erasure.EraseAsync(person.Id, CancellationToken.None);
            await erasure.EraseAsync(colleague.Id, CancellationToken.None);
        }

        await using var db = Factory.Open();
        Assert.False(await db.Set<Conversation>().IgnoreQueryFilters().AnyAsync(c => c.Id == conversationId));
        Assert.False(await db.Set<PrivateMessage>().IgnoreQueryFilters().AnyAsync(m => m.ConversationId == conversationId));
    }
}
