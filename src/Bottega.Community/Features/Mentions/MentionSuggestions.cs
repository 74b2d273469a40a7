using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Access;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Mentions;

/// <summary>A person the editor may offer to mention, with the token to insert.</summary>
public sealed record MentionSuggestion(Guid UserId, string Name, string Token);

/// <summary>People of the network who can read the space, by name, for the editor's mention picker.</summary>
public sealed class MentionSuggestions
{
    public const int Limit = 8;
    private readonly CommunityDbContext db;
    private readonly SpacePermissions permissions;
    private readonly SpaceReaders readers;
    private readonly INetworkPeople people;

    internal MentionSuggestions(CommunityDbContext db, SpacePermissions permissions, SpaceReaders readers, INetworkPeople people)
    {
        this.db = db;
        this.permissions = permissions;
        this.readers = readers;
        this.people = people;
    }

    /// <param name="spaceId">The space of the form (the new topic's, or the topic's).</param>
    /// <param name="text">Part of a name.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<IReadOnlyList<MentionSuggestion>> FindAsync(Guid spaceId, string? text, CancellationToken ct)
    {
        var term = (text ?? "").Trim().TrimStart('@');
        var space = await db.Spaces.AsNoTracking().FirstOrDefaultAsync(s => s.Id == spaceId, ct);
        if (term.Length < 2 || space is null || !(await permissions.ForAsync(space, ct)).CanRead)
        {
            return [];
        }

        var found = new List<MentionSuggestion>();
        foreach (var person in await people.SearchByNameAsync(space.NetworkId, term[..Math.Min(term.Length, 60)], 25, ct))
        {
            if (space.ReadAccess == SpaceAccess.NetworkMembers || await readers.CanReadAsync(space, person.UserId, ct))
            {
                found.Add(new MentionSuggestion(person.UserId, person.Name, MentionTokens.Token(person.Name, person.UserId)));
                if (found.Count == Limit)
                {
                    break;
                }
            }
        }

        return found;
    }
}
