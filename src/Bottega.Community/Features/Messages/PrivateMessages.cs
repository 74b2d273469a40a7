using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Access;
using Bottega.Community.Features.Events;
using Bottega.Community.Features.Moderation;
using Bottega.Platform.Data;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Bottega.Platform.Text;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Messages;

/// <summary>
/// Private conversations between active members of the request's network. Only participants see a conversation (anyone
/// else, and any id of another network, is not found); the posting gate applies; a form's ClientKey makes a double
/// submission one message; every message writes <see cref="MessageSent"/> in its own transaction.
/// </summary>
public sealed class PrivateMessages
{
    public const int InboxPageSize = 20;
    public const int ThreadPageSize = 30;
    public const int MaxSubject = 200;
    public const int MaxText = 5000;
    private const int MaxHtml = 60000;
    private static readonly string[] Tenant = [BottegaModel.TenantFilter];

    private readonly CommunityDbContext db;
    private readonly ICurrentUser user;
    private readonly ITenantContext tenant;
    private readonly INetworkPeople people;
    private readonly IPersonNames names;
    private readonly PostingGate gate;
    private readonly SpacePermissions permissions;
    private readonly TimeProvider time;

    internal PrivateMessages(CommunityDbContext db, ICurrentUser user, ITenantContext tenant, INetworkPeople people, IPersonNames names, PostingGate gate,
        SpacePermissions permissions, TimeProvider time)
    {
        this.db = db;
        this.user = user;
        this.tenant = tenant;
        this.people = people;
        this.names = names;
        this.gate = gate;
        this.permissions = permissions;
        this.time = time;
    }

    private Guid Me => user.Id ?? throw new InvalidOperationException("Messages need a signed-in person.");

    private Guid NetworkId => tenant.NetworkId ?? throw new InvalidOperationException("Messages need a network.");

    /// <summary>Conversations with unread messages, in one network or (null) in all: for the notification bell.</summary>
    public Task<int> CountUnreadAsync(Guid userId, Guid? networkId, CancellationToken ct) =>
        db.Participants.IgnoreQueryFilters(Tenant).AsNoTracking()
            .Where(p => p.UserId == userId && (networkId == null || p.NetworkId == networkId))
            .Join(db.Conversations.IgnoreQueryFilters(Tenant), p => p.ConversationId, c => c.Id, (p, c) => new { p.LastReadAt, c.LastMessageAt })
            .CountAsync(x => x.LastReadAt == null || x.LastMessageAt > x.LastReadAt, ct);

    public async Task<InboxPage> InboxAsync(int page, CancellationToken ct)
    {
        var me = Me;
        var mine = db.Participants.AsNoTracking().Where(p => p.UserId == me)
            .Join(db.Conversations, p => p.ConversationId, c => c.Id, (p, c) => new { p.LastReadAt, c });
        var total = await mine.CountAsync(ct);
        var pageCount = Math.Max(1, (total + InboxPageSize - 1) / InboxPageSize);
        var current = Math.Clamp(page, 1, pageCount);
        var rows = await mine.OrderByDescending(x => x.c.LastMessageAt).ThenByDescending(x => x.c.Id).Skip((current - 1) * InboxPageSize).Take(InboxPageSize)
            .Select(x => new { x.c.Id, x.c.Subject, x.c.LastMessageAt, Unread = x.LastReadAt == null || x.c.LastMessageAt > x.LastReadAt })
            .ToListAsync(ct);
        var others = await OthersAsync(rows.Select(r => r.Id).ToList(), me, ct);
        return new InboxPage(
            [.. rows.Select(r => new InboxRow(r.Id, r.Subject, others.GetValueOrDefault(r.Id, []), r.LastMessageAt, r.Unread))], current, pageCount, total);
    }

    /// <summary>The thread, if the current person takes part in it; marks it read. Without a page, the last one.</summary>
    public async Task<ConversationThread?> OpenAsync(Guid conversationId, int? page, CancellationToken ct)
    {
        var me = Me;
        var participant = await db.Participants.FirstOrDefaultAsync(p => p.ConversationId == conversationId && p.UserId == me, ct);
        var conversation = participant is null ? null : await db.Conversations.AsNoTracking().FirstOrDefaultAsync(c => c.Id == conversationId, ct);
        if (participant is null || conversation is null)
        {
            return null;
        }

        participant.Read(time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        var messages = db.Messages.AsNoTracking().Where(m => m.ConversationId == conversationId);
        var total = await messages.CountAsync(ct);
        var pageCount = Math.Max(1, (total + ThreadPageSize - 1) / ThreadPageSize);
        var current = Math.Clamp(page ?? pageCount, 1, pageCount);
        var rows = await messages.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id).Skip((current - 1) * ThreadPageSize).Take(ThreadPageSize)
            .Select(m => new { m.Id, m.SenderId, m.Html, m.CreatedAt }).ToListAsync(ct);
        var senders = await names.GetAsync(rows.Select(r => r.SenderId), ct);
        var others = await OthersAsync([conversationId], me, ct);
        return new ConversationThread(conversation.Id, conversation.Subject, others.GetValueOrDefault(conversationId, []),
            [.. rows.Select(r => new ThreadMessage(r.Id, r.SenderId, senders.GetValueOrDefault(r.SenderId), r.Html, r.CreatedAt, r.SenderId == me))],
            current, pageCount, total);
    }

    /// <summary>Whether the current person may start a conversation with the recipient: the recipient's name, or why not.</summary>
    public async Task<(string? Name, MessageError Error)> RecipientAsync(Guid recipientId, CancellationToken ct)
    {
        if (recipientId == Me)
        {
            return (null, MessageError.ToYourself);
        }

        var person = await people.FindAsync(NetworkId, recipientId, ct);
        return person is null ? (null, MessageError.NotAMember) : (person.Name, MessageError.None);
    }

    public async Task<MessageOutcome> StartAsync(Guid recipientId, string? subject, string? text, Guid? clientKey, CancellationToken ct)
    {
        var title = subject?.Trim() ?? "";
        var error = title.Length == 0 ? MessageError.SubjectMissing : title.Length > MaxSubject ? MessageError.SubjectTooLong : CheckText(text);
        if (error != MessageError.None)
        {
            return new MessageOutcome(error);
        }

        if (await AlreadySentAsync(clientKey, ct) is { } done)
        {
            return done;
        }

        var (_, recipientError) = await RecipientAsync(recipientId, ct);
        if (recipientError != MessageError.None)
        {
            return new MessageOutcome(recipientError);
        }

        if (await GateAsync(ct) is { } refused)
        {
            return refused;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var conversation = Conversation.Create(NetworkId, title, now);
        var mine = ConversationParticipant.Create(NetworkId, conversation.Id, Me);
        mine.Read(now);
        db.AddRange(conversation, mine, ConversationParticipant.Create(NetworkId, conversation.Id, recipientId));
        return await SaveAsync(conversation, [recipientId], text!, clientKey, now, ct);
    }

    public async Task<MessageOutcome> ReplyAsync(Guid conversationId, string? text, Guid? clientKey, CancellationToken ct)
    {
        var me = Me;
        var participants = await db.Participants.Where(p => p.ConversationId == conversationId).ToListAsync(ct);
        var mine = participants.FirstOrDefault(p => p.UserId == me);
        var conversation = mine is null ? null : await db.Conversations.FirstOrDefaultAsync(c => c.Id == conversationId, ct);
        if (mine is null || conversation is null)
        {
            return new MessageOutcome(MessageError.NotFound);
        }

        var error = CheckText(text);
        if (error != MessageError.None)
        {
            return new MessageOutcome(error, conversationId);
        }

        if (await AlreadySentAsync(clientKey, ct) is { } done)
        {
            return done;
        }

        if (await GateAsync(ct) is { } refused)
        {
            return refused with { ConversationId = conversationId };
        }

        var recipients = participants.Where(p => p.UserId != me).Select(p => p.UserId).ToList();
        if (recipients.Count == 0)
        {
            // Everyone else erased their account: nobody would read the reply.
            return new MessageOutcome(MessageError.NotAMember, conversationId);
        }

        var now = time.GetUtcNow().UtcDateTime;
        mine.Read(now);
        return await SaveAsync(conversation, recipients, text!, clientKey, now, ct);
    }

    private static MessageError CheckText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? MessageError.TextMissing : text.Length > MaxText ? MessageError.TextTooLong : MessageError.None;

    private async Task<MessageOutcome?> AlreadySentAsync(Guid? clientKey, CancellationToken ct)
    {
        if (clientKey is not { } key)
        {
            return null;
        }

        var me = Me;
        var conversationId = await db.Messages.AsNoTracking().Where(m => m.SenderId == me && m.ClientKey == key)
            .Select(m => (Guid?)m.ConversationId).FirstOrDefaultAsync(ct);
        return conversationId is null ? null : new MessageOutcome(MessageError.None, conversationId);
    }

    private async Task<MessageOutcome?> GateAsync(CancellationToken ct)
    {
        var decision = await gate.CheckAsync(NetworkId, Me, await permissions.IsNetworkModeratorAsync(ct), ct);
        return decision.Outcome switch
        {
            GateOutcome.Banned => new MessageOutcome(MessageError.Banned, Until: decision.Until),
            GateOutcome.TooFast => new MessageOutcome(MessageError.TooFast, Until: decision.Until),

            // First-post review is for public posts: a private message reaches only its recipients.
            _ => null,
        };
    }

    private async Task<MessageOutcome> SaveAsync(Conversation conversation, IReadOnlyList<Guid> recipients, string text, Guid? clientKey, DateTime now,
        CancellationToken ct)
    {
        var html = MarkdownRenderer.ToSafeHtml(text);
        if (html.Length > MaxHtml)
        {
            db.ChangeTracker.Clear();
            return new MessageOutcome(MessageError.TextTooLong, conversation.Id);
        }

        var message = PrivateMessage.Create(NetworkId, conversation.Id, Me, text, html, clientKey, now);
        conversation.MessageAdded(now);
        db.Messages.Add(message);
        CommunityOutbox.Add(db, MessageSent.OutboxType,
            new MessageSent(NetworkId, conversation.Id, message.Id, Me, recipients, conversation.Subject, Excerpts.Of(text), now), now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (clientKey is not null)
        {
            // The same form submitted twice at once: the other request saved it.
            db.ChangeTracker.Clear();
            return await AlreadySentAsync(clientKey, ct) ?? throw new InvalidOperationException("The message could not be saved.");
        }

        return new MessageOutcome(MessageError.None, conversation.Id);
    }


    /// <summary>The other participants' names of each conversation (null for an erased person), in one query each.</summary>
    private async Task<Dictionary<Guid, IReadOnlyList<string?>>> OthersAsync(List<Guid> conversationIds, Guid me, CancellationToken ct)
    {
        var rows = await db.Participants.AsNoTracking().Where(p => conversationIds.Contains(p.ConversationId) && p.UserId != me)
            .Select(p => new { p.ConversationId, p.UserId }).ToListAsync(ct);
        var known = await names.GetAsync(rows.Select(r => r.UserId), ct);
        return rows.GroupBy(r => r.ConversationId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string?>)[.. g.Select(r => known.GetValueOrDefault(r.UserId))]);
    }
}
