using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Access;
using Bottega.Community.Features.Spaces;
using Bottega.Platform.Localization;
using Bottega.Platform.Search;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Search;

/// <summary>
/// Full-text search of topics and replies of the request's network. The index answers with at most
/// <see cref="MaxHits"/> keys per kind, best first; the hits are then kept only where the person may read (visible
/// content of readable spaces) and the filters hold, merged per topic and paged here. The trade-off: a query matching
/// more than <see cref="MaxHits"/> documents of a kind shows (and counts) only the best ones, which keeps every search
/// to two index queries and three or four small indexed ones; a person who needs more narrows the words or filters.
/// </summary>
public sealed class CommunitySearch
{
    public const int PageSize = 20;
    public const int MaxHits = 500;
    private const int SnippetChars = 240;

    // Reciprocal-rank fusion: index ranks are comparable only within one search, positions are comparable across two.
    private const double FusionOffset = 60;

    private readonly CommunityDbContext db;
    private readonly ITenantContext tenant;
    private readonly ICurrentUser user;
    private readonly SpacePermissions permissions;
    private readonly IFullTextIndex index;
    private readonly INetworkPeople people;
    private readonly IPersonNames names;

    internal CommunitySearch(CommunityDbContext db, ITenantContext tenant, ICurrentUser user, SpacePermissions permissions, IFullTextIndex index,
        INetworkPeople people, IPersonNames names)
    {
        this.db = db;
        this.tenant = tenant;
        this.user = user;
        this.permissions = permissions;
        this.index = index;
        this.people = people;
        this.names = names;
    }

    public async Task<CommunitySearchPage> SearchAsync(CommunitySearchQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var networkId = tenant.NetworkId ?? throw new InvalidOperationException("No network in this request.");
        if (string.IsNullOrWhiteSpace(query.Q) || query.Q.Length > 200)
        {
            return query.Q is { Length: > 200 } ? CommunitySearchPage.Empty with { Error = "Scrivi al massimo 200 caratteri." } : CommunitySearchPage.Empty;
        }

        if (query.From is { } from && query.To is { } to && from > to)
        {
            return CommunitySearchPage.Empty with { Error = "La data iniziale è successiva a quella finale." };
        }

        var author = query.Mine ? user.Id : query.Author;
        if (!query.Mine && !string.IsNullOrWhiteSpace(query.AuthorEmail))
        {
            var person = await people.FindByEmailAsync(networkId, query.AuthorEmail.Trim(), ct);
            if (person is null)
            {
                return CommunitySearchPage.Empty with { Error = "Nessun membro attivo della rete ha questo indirizzo e-mail." };
            }

            author = person.UserId;
        }

        var spaces = (await ReadableSpaces.LoadAsync(db, permissions, ct))
            .Where(s => string.IsNullOrWhiteSpace(query.Space) || s.Space.Slug == query.Space).ToDictionary(s => s.Space.Id, s => s.Space);
        if (spaces.Count == 0)
        {
            return CommunitySearchPage.Empty;
        }

        var topicHits = await index.SearchAsync(db, CommunitySearchDocuments.TopicKind, networkId, query.Q, MaxHits, ct);
        var postHits = await index.SearchAsync(db, CommunitySearchDocuments.PostKind, networkId, query.Q, MaxHits, ct);
        var since = query.From is { } start ? RomeTime.EndOfDayUtc(start.AddDays(-1)) : DateTime.MinValue;
        var until = query.To is { } end ? RomeTime.EndOfDayUtc(end) : DateTime.MaxValue;

        var postKeys = postHits.Select(h => h.Key).ToList();
        var posts = (await db.Posts.AsNoTracking().Where(p => postKeys.Contains(p.Id) && p.Visibility == Visibility.Visible && p.Number > 1)
                .Select(p => new { p.Id, p.TopicId, p.AuthorId, p.CreatedAt }).ToListAsync(ct))
            .Where(p => (author is null || p.AuthorId == author) && p.CreatedAt >= since && p.CreatedAt < until)
            .ToDictionary(p => p.Id);
        var candidates = topicHits.Select(h => h.Key).Concat(posts.Values.Select(p => p.TopicId)).Distinct().ToList();
        var topics = await Filtered(candidates, spaces.Keys.ToList(), query, ct);

        var found = new Dictionary<Guid, Match>();
        for (var i = 0; i < topicHits.Count; i++)
        {
            if (topics.TryGetValue(topicHits[i].Key, out var topic) && (author is null || topic.AuthorId == author) && topic.CreatedAt >= since && topic.CreatedAt < until)
            {
                found[topic.Id] = new Match(topic.Id) { TopicScore = Fused(i), TopicAuthorId = topic.AuthorId, TopicCreatedAt = topic.CreatedAt };
            }
        }

        // Best first: the first reply hit of a topic is its best reply; the others add nothing.
        for (var i = 0; i < postHits.Count; i++)
        {
            if (posts.TryGetValue(postHits[i].Key, out var post) && topics.ContainsKey(post.TopicId))
            {
                var match = found.TryGetValue(post.TopicId, out var known) ? known : found[post.TopicId] = new Match(post.TopicId);
                if (match.ReplyId is null)
                {
                    (match.ReplyId, match.ReplyScore, match.ReplyAuthorId, match.ReplyCreatedAt) = (post.Id, Fused(i), post.AuthorId, post.CreatedAt);
                }
            }
        }

        var total = found.Count;
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(query.Page, 1, pageCount);
        var shown = found.Values.OrderByDescending(m => m.Score).ThenByDescending(m => m.TopicId).Skip((page - 1) * PageSize).Take(PageSize).ToList();
        var results = await ResultsAsync(shown, topics, spaces, query.Q, ct);
        return new CommunitySearchPage(results, page, pageCount, total, null);
    }

    /// <summary>The spaces the person reads, for the space filter.</summary>
    public async Task<IReadOnlyList<SpaceLink>> SpacesAsync(CancellationToken ct) =>
        [.. (await ReadableSpaces.LoadAsync(db, permissions, ct)).Select(s => new SpaceLink(s.Space.Slug, s.Space.Name))];

    private static double Fused(int position) => 1 / (FusionOffset + position);

    private async Task<Dictionary<Guid, TopicInfo>> Filtered(List<Guid> ids, List<Guid> spaceIds, CommunitySearchQuery query, CancellationToken ct)
    {
        var topics = db.Topics.AsNoTracking().Where(t => ids.Contains(t.Id) && spaceIds.Contains(t.SpaceId) && t.Visibility == Visibility.Visible);
        if (query.Answered is { } answered)
        {
            topics = answered
                ? topics.Where(t => t.AcceptedPostId != null || t.ReplyCount > 0)
                : topics.Where(t => t.Kind == TopicKind.Question && t.AcceptedPostId == null && t.ReplyCount == 0);
        }

        if (!string.IsNullOrWhiteSpace(query.Tag))
        {
            topics = topics.Where(t => db.TopicTags.Any(tt => tt.TopicId == t.Id && db.Tags.Any(g => g.Id == tt.TagId && g.Slug == query.Tag)));
        }

        return await topics.Select(t => new TopicInfo(t.Id, t.SpaceId, t.Kind, t.Title, t.AuthorId, t.CreatedAt, t.ReplyCount, t.AcceptedPostId != null))
            .ToDictionaryAsync(t => t.Id, ct);
    }

    private async Task<IReadOnlyList<CommunitySearchResult>> ResultsAsync(List<Match> shown, Dictionary<Guid, TopicInfo> topics, Dictionary<Guid, Space> spaces,
        string q, CancellationToken ct)
    {
        var replyIds = shown.Where(m => m.PostId is not null).Select(m => m.PostId!.Value).ToList();
        var topicIds = shown.Where(m => m.PostId is null).Select(m => m.TopicId).ToList();
        var texts = await db.Posts.AsNoTracking().Where(p => replyIds.Contains(p.Id) || (p.Number == 1 && topicIds.Contains(p.TopicId)))
            .Select(p => new { p.Id, p.TopicId, p.Number, p.Markdown }).ToListAsync(ct);
        var replyText = texts.Where(p => p.Number > 1).ToDictionary(p => p.Id, p => p.Markdown);
        var bodyText = texts.Where(p => p.Number == 1).ToDictionary(p => p.TopicId, p => p.Markdown);
        var authors = await names.GetAsync(shown.Select(m => m.AuthorId).Distinct(), ct);
        return
        [
            .. shown.Select(m =>
            {
                var topic = topics[m.TopicId];
                var space = spaces[topic.SpaceId];
                var text = m.PostId is { } postId ? replyText.GetValueOrDefault(postId) : bodyText.GetValueOrDefault(m.TopicId);
                return new CommunitySearchResult(m.TopicId, m.PostId, space.Slug, space.Name, topic.Kind, SearchHighlighter.Highlight(topic.Title, q),
                    SearchHighlighter.Snippet(text, q, SnippetChars), authors.GetValueOrDefault(m.AuthorId) ?? "—", m.CreatedAt, topic.ReplyCount,
                    topic.HasAccepted || topic.ReplyCount > 0);
            }),
        ];
    }

    private sealed record TopicInfo(Guid Id, Guid SpaceId, TopicKind Kind, string Title, Guid AuthorId, DateTime CreatedAt, int ReplyCount, bool HasAccepted);

    /// <summary>A topic's score sums its own hit's and its best reply's; it links to whichever of the two matched better.</summary>
    private sealed class Match(Guid topicId)
    {
        public Guid TopicId { get; } = topicId;

        public double TopicScore { get; init; }

        public Guid TopicAuthorId { get; init; }

        public DateTime TopicCreatedAt { get; init; }

        public Guid? ReplyId { get; set; }

        public double ReplyScore { get; set; }

        public Guid ReplyAuthorId { get; set; }

        public DateTime ReplyCreatedAt { get; set; }

        public double Score => TopicScore + ReplyScore;

        public Guid? PostId => ReplyScore > TopicScore ? ReplyId : null;

        public Guid AuthorId => PostId is null ? TopicAuthorId : ReplyAuthorId;

        public DateTime CreatedAt => PostId is null ? TopicCreatedAt : ReplyCreatedAt;
    }
}
