using Bottega.Community.Domain;
using Bottega.Community.Features.Access;
using Bottega.Community.Features.Posts;
using Bottega.Platform.Security;

namespace Bottega.Community.Features.Mentions;

/// <summary>The people a text mentions, by id with their directory name, or why the text cannot be posted.</summary>
internal sealed record MentionCheck(IReadOnlyDictionary<Guid, string> People, PostingResult? Refusal);

/// <summary>
/// Keeps only mentions of people who can read the space. Mentioning someone who cannot (an outsider of a private
/// space, someone not in the network) is refused with their name, so the author knows and nothing leaks by notification.
/// </summary>
internal sealed class MentionResolver(INetworkPeople people, SpaceReaders readers)
{
    public async Task<MentionCheck> ResolveAsync(Space space, string markdown, CancellationToken ct)
    {
        var tokens = MentionTokens.Parse(markdown);
        if (tokens.Count > PostLimits.MaxMentions)
        {
            return new MentionCheck(new Dictionary<Guid, string>(), PostingResult.Refuse("Puoi menzionare al massimo {0} persone in un messaggio.", PostLimits.MaxMentions));
        }

        var found = new Dictionary<Guid, string>();
        foreach (var token in tokens)
        {
            var person = await people.FindAsync(space.NetworkId, token.UserId, ct);
            if (person is null || !await readers.CanReadAsync(space, token.UserId, ct))
            {
                return new MentionCheck(found, PostingResult.Refuse("Non puoi menzionare {0}: non può leggere questo spazio.", person?.Name ?? token.Name));
            }

            found[token.UserId] = person.Name;
        }

        return new MentionCheck(found, null);
    }
}
