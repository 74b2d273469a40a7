using Bottega.Community.Domain;
using Bottega.Identity.Domain;
using Bottega.Migrations;
using Bottega.Organizations.Contracts;
using Bottega.Organizations.Domain;
using Bottega.Platform.Search;
using Bottega.Platform.Security;
using Bottega.Platform.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Demo;

/// <summary>
/// A community that looks used: theme spaces in every network, a private working group and a course discussion, a
/// few dozen questions and discussions with answers, votes and accepted answers, tags, and the colleague of the demo's
/// journey (Marco Ferrari, RUP in Bergamo) who follows the procurement space and the "affidamento diretto" tag with a
/// daily digest, so the demo learner's question reaches him.
/// </summary>
internal sealed class DemoCommunity(BottegaMigrationsContext db, IFullTextIndex index, DateTime now)
{
    public const string ProcurementSpace = "procedure-di-affidamento";
    public const string DirectAwardTag = "affidamento-diretto";

    private readonly Random random = new(505);
    private readonly List<MemberStats> stats = [];

    // Reputation, questions, answers and accepted answers per (network, person), set on MemberStats at the end.
    private readonly Dictionary<(Guid, Guid), int[]> tallies = [];

    public static Task<bool> ExistsAsync(BottegaMigrationsContext db, CancellationToken ct) =>
        db.Set<Space>().IgnoreQueryFilters().AnyAsync(ct);

    public async Task<int> CreateAsync(CancellationToken ct)
    {
        var networks = await db.Set<Network>().ToDictionaryAsync(n => n.Slug, ct);
        var topics = 0;
        foreach (var plan in DemoCommunityContent.Networks)
        {
            var network = networks[plan.Slug];
            var people = await MembersAsync(network.Id, ct);
            if (plan.Slug == DemoAccounts.Rup)
            {
                people.Insert(0, await ColleagueAsync(network.Id, ct));
            }

            var spaces = plan.Spaces.Select((s, i) => Space.Create(network.Id, s.Slug, s.Name, s.Description, s.Kind, null,
                s.Private ? SpaceAccess.SpaceMembers : SpaceAccess.NetworkMembers,
                s.Private ? SpaceAccess.SpaceMembers : SpaceAccess.NetworkMembers, i, now.AddDays(-200))).ToList();
            db.AddRange(spaces);
            foreach (var space in spaces.Where((_, i) => plan.Spaces[i].Private))
            {
                // The working group: a coordinator (moderator of the space) and a handful of members.
                db.Add(SpaceMember.Create(network.Id, space.Id, people[1], SpaceRole.Moderator, now.AddDays(-150)));
                foreach (var member in people.Skip(2).Take(6))
                {
                    db.Add(SpaceMember.Create(network.Id, space.Id, member, SpaceRole.Member, now.AddDays(-150)));
                }
            }

            var tags = new Dictionary<string, Tag>();
            foreach (var (topic, order) in plan.Topics.Select((t, i) => (t, i)))
            {
                var space = spaces.Single(s => s.Slug == topic.Space);
                var author = people[1 + ((order * 7) % (people.Count - 1))];
                await AddTopicAsync(network.Id, space, topic, author, people, tags, plan.Topics.Count - order, ct);
                topics++;
            }

            foreach (var tag in tags.Values)
            {
                tag.Recount(plan.Topics.Count(t => t.Tags.Contains(tag.Slug)));
            }

            if (plan.Slug == DemoAccounts.Rup)
            {
                var colleague = people[0];
                var procurement = spaces.Single(s => s.Slug == ProcurementSpace);
                db.Add(Subscription.Create(network.Id, colleague, SubscriptionTarget.Space, procurement.Id, now.AddDays(-30)));
                db.Add(Subscription.Create(network.Id, colleague, SubscriptionTarget.Tag, tags[DirectAwardTag].Id, now.AddDays(-30)));
                Stats(network.Id, colleague).Onboarded(now.AddDays(-30));
                Stats(network.Id, colleague).Trust(now.AddDays(-30));
                db.Add(NotificationPreference.Create(colleague, EmailFrequency.Daily, now.AddDays(-30)));
            }

            // Demo staff and the demo learner may post at once: their first post is not held for review.
            foreach (var trusted in await StaffAsync(network.Id, ct))
            {
                Stats(network.Id, trusted).Trust(now.AddDays(-200));
            }
        }

        foreach (var member in stats)
        {
            var t = Tally(member.NetworkId, member.UserId);
            member.Set(t[0], t[1], t[2], t[3]);
        }

        await db.SaveChangesAsync(ct);
        return topics;
    }

    private async Task AddTopicAsync(Guid networkId, Space space, DemoCommunityContent.TopicPlan plan, Guid author, List<Guid> people,
        Dictionary<string, Tag> tags, int daysAgo, CancellationToken ct)
    {
        var at = now.AddDays(-daysAgo * 3).AddHours(-random.Next(1, 10));
        var topic = Topic.Create(networkId, space.Id, plan.Question ? TopicKind.Question : TopicKind.Discussion, plan.Title, author, Visibility.Visible, at);
        var first = Post.Create(networkId, topic.Id, 1, author, plan.Body, MarkdownRenderer.ToSafeHtml(plan.Body), null, Visibility.Visible, null, at);
        db.AddRange(topic, first, PostRevision.Create(networkId, first.Id, 1, plan.Title, plan.Body, author, null, at));
        db.Add(Subscription.Create(networkId, author, SubscriptionTarget.Topic, topic.Id, at));
        await index.UpsertAsync(db, new SearchDocument("community.topic", topic.Id, networkId, plan.Title, plan.Body), ct);
        var authorStats = Stats(networkId, author);
        authorStats.Posted(at);
        authorStats.Trust(at);
        Tally(networkId, author)[1] += plan.Question ? 1 : 0;

        foreach (var slug in plan.Tags)
        {
            if (!tags.TryGetValue(slug, out var tag))
            {
                tag = Tag.Create(networkId, slug, slug.Replace('-', ' '));
                tags[slug] = tag;
                db.Add(tag);
            }

            db.Add(TopicTag.Create(networkId, topic.Id, tag.Id));
        }

        Post? accepted = null;
        foreach (var (reply, i) in plan.Replies.Select((r, i) => (r, i)))
        {
            at = at.AddHours(2 + random.Next(1, 20));
            var replier = people[1 + ((i * 5 + plan.Title.Length) % (people.Count - 1))];
            if (replier == author)
            {
                replier = people[(people.IndexOf(author) + 1) % people.Count];
            }

            var post = Post.Create(networkId, topic.Id, topic.NextPostNumber(), replier, reply, MarkdownRenderer.ToSafeHtml(reply), null, Visibility.Visible, null, at);
            db.AddRange(post, PostRevision.Create(networkId, post.Id, 1, null, reply, replier, null, at));
            topic.Replied(replier, at, visible: true);
            await index.UpsertAsync(db, new SearchDocument("community.post", post.Id, networkId, plan.Title, reply), ct);
            var votes = plan.Question ? (plan.Replies.Count - i) + random.Next(0, 3) : random.Next(0, 2);
            foreach (var voter in people.Where(p => p != replier).Skip(10 + i).Take(votes))
            {
                db.Add(Vote.Create(networkId, post.Id, voter, 1, at.AddHours(1)));
                db.Add(ReputationEvent.Create(networkId, replier, ReputationReason.UpvoteReceived, post.Id, voter, 10, at.AddHours(1)));
                Tally(networkId, replier)[0] += 10;
            }

            Tally(networkId, replier)[2] += plan.Question ? 1 : 0;

            post.SetScore(votes);
            var replierStats = Stats(networkId, replier);
            replierStats.Posted(at);
            replierStats.Trust(at);
            if (plan.Question && i == plan.AcceptedReply)
            {
                accepted = post;
                db.Add(ReputationEvent.Create(networkId, replier, ReputationReason.AnswerAccepted, post.Id, author, 15, at.AddHours(3)));
                db.Add(ReputationEvent.Create(networkId, author, ReputationReason.AcceptedAnAnswer, post.Id, author, 2, at.AddHours(3)));
                Tally(networkId, replier)[0] += 15;
                Tally(networkId, replier)[3] += 1;
                Tally(networkId, author)[0] += 2;
            }

            db.Add(Subscription.Create(networkId, replier, SubscriptionTarget.Topic, topic.Id, at));
        }

        topic.Accept(accepted?.Id);
        space.Recount(space.TopicCount + 1, space.PostCount + 1 + plan.Replies.Count, topic.LastPostAt > (space.LastActivityAt ?? DateTime.MinValue) ? topic.LastPostAt : space.LastActivityAt);
    }

    /// <summary>Marco Ferrari, RUP of the Municipality of Bergamo: the colleague from another province who answers the demo learner.</summary>
    private async Task<Guid> ColleagueAsync(Guid networkId, CancellationToken ct)
    {
        var bergamo = await db.Set<Organization>().FirstAsync(o => o.Kind == OrganizationKind.Municipality && o.Name == "Bergamo", ct);
        var user = new BottegaUser
        {
            Email = DemoAccounts.Colleague,
            UserName = DemoAccounts.Colleague,
            NormalizedEmail = DemoAccounts.Colleague.ToUpperInvariant(),
            NormalizedUserName = DemoAccounts.Colleague.ToUpperInvariant(),
            EmailConfirmed = true,
            LockoutEnabled = true,
            JobRole = JobRole.Rup,
            OrganizationId = bergamo.Id,
            ProvinceId = bergamo.ProvinceId,
            RegionId = bergamo.RegionId,
            CreatedAt = now.AddDays(-400),
        };
        user.PasswordHash = new PasswordHasher<BottegaUser>().HashPassword(user, DemoAccounts.Password);
        user.SetName("Marco", "Ferrari");
        db.Users.Add(user);
        db.Add(NetworkMembership.Grant(networkId, user.Id, NetworkRole.Member, bergamo.Id, null, now.AddDays(-400)));
        return user.Id;
    }

    private async Task<List<Guid>> MembersAsync(Guid networkId, CancellationToken ct) =>
        await db.Set<NetworkMembership>().IgnoreQueryFilters()
            .Where(m => m.NetworkId == networkId && m.Status == MembershipStatus.Active && m.Roles == NetworkRole.Member)
            .OrderBy(m => m.Id).Select(m => m.UserId).ToListAsync(ct);

    private async Task<List<Guid>> StaffAsync(Guid networkId, CancellationToken ct)
    {
        var learner = await db.Users.Where(u => u.Email == DemoAccounts.Learner).Select(u => u.Id).SingleAsync(ct);
        var staff = await db.Set<NetworkMembership>().IgnoreQueryFilters()
            .Where(m => m.NetworkId == networkId && m.Status == MembershipStatus.Active && (m.Roles != NetworkRole.Member || m.UserId == learner))
            .Select(m => m.UserId).ToListAsync(ct);
        return staff;
    }

    private int[] Tally(Guid networkId, Guid userId)
    {
        if (!tallies.TryGetValue((networkId, userId), out var tally))
        {
            tallies[(networkId, userId)] = tally = new int[4];
            Stats(networkId, userId);
        }

        return tally;
    }

    private MemberStats Stats(Guid networkId, Guid userId)
    {
        var existing = stats.FirstOrDefault(s => s.NetworkId == networkId && s.UserId == userId);
        if (existing is null)
        {
            existing = MemberStats.Create(networkId, userId);
            stats.Add(existing);
            db.Add(existing);
        }

        return existing;
    }
}
