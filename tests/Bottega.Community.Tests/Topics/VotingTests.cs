using System.Net;
using Bottega.Community.Domain;
using Bottega.Community.Features.Events;
using Bottega.Community.Features.Reputation;
using Bottega.Demo;
using Bottega.Platform.Outbox;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Community.Tests.Topics;

public sealed class VotingTests(CommunityFixture app) : IClassFixture<CommunityFixture>
{
    private BottegaAppFactory Factory => app.Factory;

    private async Task<(Guid TopicId, Guid AnswerId)> QuestionWithAnswerAsync(string asker, string answerer)
    {
        await Factory.TrustAsync(asker);
        await Factory.TrustAsync(answerer);
        var space = await Factory.SpaceAsync();
        var topicId = await Factory.ClientFor(asker).CreateTopicAsync(space.Slug, "Domanda sulle votazioni " + Guid.NewGuid().ToString("N")[..6]);
        var answerId = await Factory.ClientFor(answerer).CreateReplyAsync(topicId, "Una risposta utile");
        return (topicId, answerId);
    }

    [Fact]
    public async Task An_upvote_changed_to_a_downvote_counts_once_and_reputation_follows()
    {
        var (topicId, answerId) = await QuestionWithAnswerAsync(CommunityWorld.Teacher, CommunityWorld.Referent);
        var voter = Factory.ClientFor(CommunityWorld.Moderator);

        await voter.VoteAsync(topicId, answerId, "1");
        await voter.VoteAsync(topicId, answerId, "-1");

        Assert.Equal(-1, (await Factory.PostAsync(answerId)).Score);
        await using var db = Factory.Open();
        Assert.Equal(1, await db.Set<Vote>().IgnoreQueryFilters().CountAsync(v => v.PostId == answerId));
        var events = await db.Set<ReputationEvent>().IgnoreQueryFilters().Where(e => e.PostId == answerId).ToListAsync();
        Assert.Equal(ReputationReason.DownvoteReceived, Assert.Single(events).Reason);
    }

    [Fact]
    public async Task Voting_the_same_way_again_withdraws_the_vote()
    {
        var (topicId, answerId) = await QuestionWithAnswerAsync(CommunityWorld.Teacher, CommunityWorld.Referent);
        var voter = Factory.ClientFor(CommunityWorld.Moderator);

        await voter.VoteAsync(topicId, answerId, "1");
        Assert.Equal(1, (await Factory.PostAsync(answerId)).Score);
        await voter.VoteAsync(topicId, answerId, "1");

        Assert.Equal(0, (await Factory.PostAsync(answerId)).Score);
        Assert.Equal(0, await Factory.QueryAsync(db => db.Set<ReputationEvent>().IgnoreQueryFilters().CountAsync(e => e.PostId == answerId)));
    }

    [Fact]
    public async Task Htmx_vote_answers_the_buttons_with_the_new_score_and_pressed_state()
    {
        var (topicId, answerId) = await QuestionWithAnswerAsync(CommunityWorld.Teacher, CommunityWorld.Referent);
        var voter = Factory.ClientFor(CommunityWorld.Moderator);
        voter.DefaultRequestHeaders.Add("HX-Request", "true");

        var response = await voter.VoteAsync(topicId, answerId, "1");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"id=\"votes-{answerId}\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-pressed=\"true\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forged_votes_are_refused_own_post_bad_value_and_another_networks_post()
    {
        var (topicId, answerId) = await QuestionWithAnswerAsync(CommunityWorld.Teacher, CommunityWorld.Referent);
        var author = Factory.ClientFor(CommunityWorld.Referent);

        await author.VoteAsync(topicId, answerId, "1");
        await Factory.ClientFor(CommunityWorld.Moderator).VoteAsync(topicId, answerId, "5");

        Assert.Equal(0, (await Factory.PostAsync(answerId)).Score);
        Assert.Equal(0, await Factory.QueryAsync(db => db.Set<Vote>().IgnoreQueryFilters().CountAsync(v => v.PostId == answerId)));

        var otherNetwork = DemoAccounts.Anci;
        var otherModerator = Factory.ClientFor(DemoAccounts.ModeratorOf(otherNetwork));
        var otherSpace = await OtherNetworkSpaceAsync(otherNetwork);
        var otherUrl = $"/reti/{otherNetwork}/comunita/{otherSpace}/nuovo";
        var response = await otherModerator.PostFormAsync(otherUrl, $"/reti/{otherNetwork}/comunita/discussioni/{topicId}?handler=Vote",
            new Dictionary<string, string> { ["postId"] = answerId.ToString(), ["value"] = "1" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, (await Factory.PostAsync(answerId)).Score);
    }

    [Fact]
    public async Task Only_the_asker_accepts_and_accepting_another_answer_moves_the_acceptance()
    {
        var (topicId, firstAnswer) = await QuestionWithAnswerAsync(CommunityWorld.Teacher, CommunityWorld.Referent);
        var secondAnswer = await Factory.ClientFor(CommunityWorld.Moderator).CreateReplyAsync(topicId, "Un'altra risposta");

        await Factory.ClientFor(CommunityWorld.Referent).AcceptAsync(topicId, firstAnswer);
        Assert.Null((await Factory.TopicAsync(topicId)).AcceptedPostId);

        var asker = Factory.ClientFor(CommunityWorld.Teacher);
        await asker.AcceptAsync(topicId, firstAnswer);
        Assert.Equal(firstAnswer, (await Factory.TopicAsync(topicId)).AcceptedPostId);
        await asker.AcceptAsync(topicId, secondAnswer);
        Assert.Equal(secondAnswer, (await Factory.TopicAsync(topicId)).AcceptedPostId);

        await using var db = Factory.Open();
        var referentId = await Factory.UserIdAsync(CommunityWorld.Referent);
        Assert.False(await db.Set<ReputationEvent>().IgnoreQueryFilters().AnyAsync(e => e.PostId == firstAnswer));
        Assert.True(await db.Set<ReputationEvent>().IgnoreQueryFilters().AnyAsync(e => e.PostId == secondAnswer && e.Reason == ReputationReason.AnswerAccepted));
        Assert.True(await db.Set<ReputationEvent>().IgnoreQueryFilters().AnyAsync(e => e.PostId == secondAnswer && e.Reason == ReputationReason.AcceptedAnAnswer));
        var network = await Factory.NetworkAsync(CommunityWorld.Net);
        Assert.Equal(0, (await db.Set<MemberStats>().IgnoreQueryFilters().SingleAsync(s => s.NetworkId == network.Id && s.UserId == referentId)).AcceptedAnswers);
        var accepted = await db.Set<OutboxMessage>().IgnoreQueryFilters().Where(m => m.Type == AnswerAccepted.OutboxType).ToListAsync();
        Assert.Contains(accepted, m => CommunityOutbox.Read<AnswerAccepted>(m.Payload).PostId == secondAnswer);
    }

    [Fact]
    public async Task Upvotes_raise_the_authors_reputation()
    {
        var (topicId, answerId) = await QuestionWithAnswerAsync(CommunityWorld.Teacher, CommunityWorld.Referent);
        var network = await Factory.NetworkAsync(CommunityWorld.Net);
        var referentId = await Factory.UserIdAsync(CommunityWorld.Referent);
        var before = await Factory.QueryAsync(db => db.Set<MemberStats>().IgnoreQueryFilters().Where(s => s.NetworkId == network.Id && s.UserId == referentId).Select(s => s.Reputation).SingleAsync());

        await Factory.ClientFor(CommunityWorld.Moderator).VoteAsync(topicId, answerId, "1");

        var after = await Factory.QueryAsync(db => db.Set<MemberStats>().IgnoreQueryFilters().Where(s => s.NetworkId == network.Id && s.UserId == referentId).Select(s => s.Reputation).SingleAsync());
        Assert.Equal(before + ReputationPoints.UpvoteReceived, after);
    }

    private async Task<string> OtherNetworkSpaceAsync(string slug)
    {
        var network = await Factory.NetworkAsync(slug);
        var space = Space.Create(network.Id, "altro-" + Guid.NewGuid().ToString("N")[..8], "Altro spazio", null, SpaceKind.Theme, null,
            SpaceAccess.NetworkMembers, SpaceAccess.NetworkMembers, 1, TimeProvider.System.GetUtcNow().UtcDateTime);
        await using var db = Factory.Open();
        db.Add(space);
        await db.SaveChangesAsync();
        return space.Slug;
    }
}
