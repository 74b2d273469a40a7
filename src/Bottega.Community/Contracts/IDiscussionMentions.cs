namespace Bottega.Community.Contracts;

/// <summary>A community topic whose visible posts mention something (a link to a library document, for example).</summary>
public sealed record MentioningTopic(string Title, string Url, DateTime LastActivityAt);

/// <summary>The discussions that mention a link, as another module's page shows them ("discussions that mention it").</summary>
public interface IDiscussionMentions
{
    /// <summary>
    /// Visible topics of the network with a visible post whose Markdown contains <paramref name="linkFragment"/>
    /// (for example <c>/biblioteca/documenti/{id}</c>), only in spaces <paramref name="viewerId"/> may read, most recently active first.
    /// </summary>
    Task<IReadOnlyList<MentioningTopic>> FindAsync(Guid networkId, Guid viewerId, string linkFragment, int limit, CancellationToken ct);
}
