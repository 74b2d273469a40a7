using Bottega.Events.Data;
using Bottega.Events.Domain;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Events.Features.Attendance;

/// <summary>Who a provider's row is: the registrants' ids and e-mails are read in one batch; other e-mails are looked up among the network's members once each.</summary>
internal sealed class ParticipantMatching
{
    private readonly INetworkPeople people;
    private readonly Guid networkId;
    private readonly HashSet<Guid> registered;
    private readonly HashSet<Guid> members;
    private readonly Dictionary<string, Guid> registeredByEmail;
    private readonly Dictionary<string, Guid?> othersByEmail = new(StringComparer.OrdinalIgnoreCase);

    private ParticipantMatching(INetworkPeople people, Guid networkId, HashSet<Guid> registered, IReadOnlyList<ActiveMember> activeMembers)
    {
        this.people = people;
        this.networkId = networkId;
        this.registered = registered;
        members = activeMembers.Select(m => m.UserId).ToHashSet();
        registeredByEmail = new(StringComparer.OrdinalIgnoreCase);
        foreach (var member in activeMembers.Where(m => registered.Contains(m.UserId)))
        {
            registeredByEmail.TryAdd(member.Email, member.UserId);
        }
    }

    public static async Task<ParticipantMatching> LoadAsync(EventsDbContext db, INetworkPeople people, EventSession session, IReadOnlyList<ParticipantFigures> rows,
        CancellationToken ct)
    {
        var registered = (await db.Registrations.AsNoTracking()
            .Where(r => r.EventId == session.EventId
                && (r.Status == RegistrationStatus.Confirmed || r.Status == RegistrationStatus.Waitlisted || r.Status == RegistrationStatus.Pending))
            .Select(r => r.UserId).ToListAsync(ct)).ToHashSet();
        var ids = registered.Concat(rows.Where(r => r.UserId is not null).Select(r => r.UserId!.Value)).Distinct().ToList();
        var activeMembers = await people.ActiveMembersAsync(session.NetworkId, ids, ct);
        return new ParticipantMatching(people, session.NetworkId, registered, activeMembers);
    }

    public async Task<(Guid? UserId, bool Registered)> MatchAsync(ParticipantFigures row, CancellationToken ct)
    {
        if (row.UserId is { } id)
        {
            return members.Contains(id) ? (id, registered.Contains(id)) : (null, false);
        }

        if (string.IsNullOrWhiteSpace(row.Email))
        {
            return (null, false);
        }

        var email = row.Email.Trim();
        if (registeredByEmail.TryGetValue(email, out var registrant))
        {
            return (registrant, true);
        }

        if (!othersByEmail.TryGetValue(email, out var other))
        {
            other = (await people.FindByEmailAsync(networkId, email, ct))?.UserId;
            othersByEmail[email] = other;
        }

        return (other, other is { } otherId && registered.Contains(otherId));
    }
}
