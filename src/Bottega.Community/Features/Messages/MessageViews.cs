namespace Bottega.Community.Features.Messages;

public enum MessageError
{
    None = 0,

    /// <summary>No such conversation for this person in this network.</summary>
    NotFound = 1,

    /// <summary>The recipient is not an active member of the network.</summary>
    NotAMember = 2,
    ToYourself = 3,
    Banned = 4,
    TooFast = 5,
    SubjectMissing = 6,
    SubjectTooLong = 7,
    TextMissing = 8,
    TextTooLong = 9,
}

public sealed record MessageOutcome(MessageError Error, Guid? ConversationId = null, DateTime? Until = null)
{
    public bool Succeeded => Error == MessageError.None;
}

/// <summary>A conversation in the inbox. <see cref="With"/> holds the other participants' names (null for an erased person).</summary>
public sealed record InboxRow(Guid ConversationId, string Subject, IReadOnlyList<string?> With, DateTime LastMessageAt, bool Unread);

public sealed record InboxPage(IReadOnlyList<InboxRow> Rows, int Page, int PageCount, int Total);

/// <summary>A message of a thread. <see cref="SenderName"/> is null when the sender's account was erased.</summary>
public sealed record ThreadMessage(Guid Id, Guid SenderId, string? SenderName, string Html, DateTime CreatedAt, bool Mine);

public sealed record ConversationThread(Guid Id, string Subject, IReadOnlyList<string?> With, IReadOnlyList<ThreadMessage> Messages, int Page, int PageCount, int Total);
