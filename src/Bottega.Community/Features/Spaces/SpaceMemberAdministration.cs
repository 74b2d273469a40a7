using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Access;
using Bottega.Platform.Auditing;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Spaces;

public sealed record SpaceMemberRow(Guid Id, Guid UserId, string Name, SpaceRole Role, DateTime AddedAt);

/// <summary>The people listed in a space, with their role there.</summary>
public sealed record SpaceMembersView(Space Space, IReadOnlyList<SpaceMemberRow> Members);

/// <summary>
/// Members and moderators of one space, managed by the network's admins and moderators and by the space's own
/// moderators (whoever <see cref="SpacePermissions"/> says moderates it). Every change audited.
/// </summary>
public sealed class SpaceMemberAdministration
{
    private readonly CommunityDbContext db;
    private readonly ITenantContext tenant;
    private readonly TimeProvider time;
    private readonly AuditTrail audit;
    private readonly SpacePermissions permissions;
    private readonly INetworkPeople people;
    private readonly IPersonNames names;

    internal SpaceMemberAdministration(CommunityDbContext db, ITenantContext tenant, TimeProvider time, AuditTrail audit, SpacePermissions permissions,
        INetworkPeople people, IPersonNames names)
    {
        this.db = db;
        this.tenant = tenant;
        this.time = time;
        this.audit = audit;
        this.permissions = permissions;
        this.people = people;
        this.names = names;
    }

    private Guid NetworkId => tenant.NetworkId ?? throw new InvalidOperationException("No network in this request.");

    /// <summary>Null when the space is not in the network; Allowed false when the person may not manage it.</summary>
    public async Task<(SpaceMembersView? View, bool Allowed)> GetAsync(Guid spaceId, CancellationToken ct)
    {
        var space = await db.Spaces.AsNoTracking().FirstOrDefaultAsync(s => s.Id == spaceId, ct);
        if (space is null)
        {
            return (null, false);
        }

        if (!(await permissions.ForAsync(space, ct)).CanModerate)
        {
            return (new SpaceMembersView(space, []), false);
        }

        var rows = await db.SpaceMembers.AsNoTracking().Where(m => m.SpaceId == spaceId).OrderBy(m => m.Role).ThenBy(m => m.AddedAt).ToListAsync(ct);
        var known = await names.GetAsync(rows.Select(r => r.UserId).Distinct(), ct);
        var members = rows.Select(r => new SpaceMemberRow(r.Id, r.UserId, known.GetValueOrDefault(r.UserId) ?? "—", r.Role, r.AddedAt))
            .OrderByDescending(r => r.Role).ThenBy(r => r.Name, StringComparer.CurrentCulture).ToList();
        return (new SpaceMembersView(space, members), true);
    }

    /// <summary>Adds an active member of the network by e-mail, or changes the role of one already listed.</summary>
    public async Task<SpaceResult> AddAsync(Guid spaceId, string? email, SpaceRole role, CancellationToken ct)
    {
        var (view, allowed) = await GetAsync(spaceId, ct);
        if (view is null || !allowed)
        {
            return SpaceResult.Missing;
        }

        if (!Enum.IsDefined(role))
        {
            return SpaceResult.Refused("Scegli il ruolo nello spazio.");
        }

        email = email?.Trim();
        if (string.IsNullOrEmpty(email) || email.Length > 256 || !email.Contains('@', StringComparison.Ordinal))
        {
            return SpaceResult.Refused("Scrivi l'indirizzo e-mail di un membro della rete.");
        }

        var person = await people.FindByEmailAsync(NetworkId, email, ct);
        if (person is null)
        {
            return SpaceResult.Refused("Nessun membro attivo della rete ha questo indirizzo e-mail.");
        }

        var listed = await db.SpaceMembers.FirstOrDefaultAsync(m => m.SpaceId == spaceId && m.UserId == person.UserId, ct);
        if (listed is not null && listed.Role == role)
        {
            return SpaceResult.Refused("La persona è già nello spazio con questo ruolo.");
        }

        if (listed is null)
        {
            db.SpaceMembers.Add(SpaceMember.Create(NetworkId, spaceId, person.UserId, role, time.GetUtcNow().UtcDateTime));
        }
        else
        {
            listed.ChangeRole(role);
        }

        audit.Record(db, NetworkId, "community.space.member.added", "community.space", spaceId, $"{person.UserId} {role}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same person added twice at once: the unique (space, person) index keeps one.
            db.ChangeTracker.Clear();
            return SpaceResult.Refused("La persona è già nello spazio con questo ruolo.");
        }

        return SpaceResult.Ok(spaceId);
    }

    public async Task<SpaceResult> RemoveAsync(Guid spaceId, Guid memberId, CancellationToken ct)
    {
        var (view, allowed) = await GetAsync(spaceId, ct);
        if (view is null || !allowed)
        {
            return SpaceResult.Missing;
        }

        var member = await db.SpaceMembers.FirstOrDefaultAsync(m => m.Id == memberId && m.SpaceId == spaceId, ct);
        if (member is null)
        {
            return SpaceResult.Refused("La persona non è più nello spazio.");
        }

        db.SpaceMembers.Remove(member);
        audit.Record(db, NetworkId, "community.space.member.removed", "community.space", spaceId, member.UserId.ToString());
        await db.SaveChangesAsync(ct);
        return SpaceResult.Ok(spaceId);
    }
}
