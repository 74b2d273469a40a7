using Bottega.Library.Data;
using Bottega.Library.Domain;
using Bottega.Platform.Auditing;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Features.Groups;

/// <summary>
/// Changes to a group by its coordinator or a network admin — members in and out, a new coordinator, its purpose and
/// whether it publishes its outputs — and a member leaving. Every change is audited and mirrored to the group's space.
/// </summary>
public sealed class GroupMembership
{
    private const string NotAllowed = "Solo il coordinatore del gruppo o un amministratore della rete può farlo.";

    private readonly LibraryDbContext db;
    private readonly ITenantContext tenant;
    private readonly TimeProvider time;
    private readonly AuditTrail audit;
    private readonly GroupPeople people;
    private readonly GroupSpaceSync spaces;

    internal GroupMembership(LibraryDbContext db, ITenantContext tenant, TimeProvider time, AuditTrail audit, GroupPeople people, GroupSpaceSync spaces)
    {
        this.db = db;
        this.tenant = tenant;
        this.time = time;
        this.audit = audit;
        this.people = people;
        this.spaces = spaces;
    }

    private Guid NetworkId => tenant.NetworkId ?? throw new InvalidOperationException("No network in this scope.");

    public Task<GroupResult> AddMemberAsync(string slug, string? email, Guid actorId, CancellationToken ct) => ManageAsync(slug, actorId, async group =>
    {
        var person = await people.FindByEmailAsync(NetworkId, email, ct);
        if (person is null)
        {
            return GroupPeople.NotAMember;
        }

        if (await db.WorkingGroupMembers.AnyAsync(m => m.GroupId == group.Id && m.PersonId == person.UserId, ct))
        {
            return "La persona fa già parte del gruppo.";
        }

        db.WorkingGroupMembers.Add(WorkingGroupMember.Create(NetworkId, group.Id, person.UserId, WorkingGroupRole.Member, time.GetUtcNow().UtcDateTime));
        Audit(actorId, "library.group.member.added", group, person.UserId.ToString());
        return null;
    }, ct);

    public Task<GroupResult> RemoveMemberAsync(string slug, Guid personId, Guid actorId, CancellationToken ct) => ManageAsync(slug, actorId, async group =>
    {
        if (personId == group.CoordinatorId)
        {
            return "Il coordinatore non si può togliere: prima nomina un altro coordinatore.";
        }

        var member = await db.WorkingGroupMembers.FirstOrDefaultAsync(m => m.GroupId == group.Id && m.PersonId == personId, ct);
        if (member is null)
        {
            return "La persona non fa più parte del gruppo.";
        }

        db.WorkingGroupMembers.Remove(member);
        Audit(actorId, "library.group.member.removed", group, personId.ToString());
        return null;
    }, ct);

    /// <summary>Makes another network member the coordinator (added to the group if needed); the previous one stays a member.</summary>
    public Task<GroupResult> ChangeCoordinatorAsync(string slug, string? email, Guid actorId, CancellationToken ct) => ManageAsync(slug, actorId, async group =>
    {
        var person = await people.FindByEmailAsync(NetworkId, email, ct);
        if (person is null)
        {
            return GroupPeople.NotAMember;
        }

        if (person.UserId == group.CoordinatorId)
        {
            return "La persona è già il coordinatore del gruppo.";
        }

        var members = await db.WorkingGroupMembers.Where(m => m.GroupId == group.Id && (m.PersonId == person.UserId || m.PersonId == group.CoordinatorId))
            .ToListAsync(ct);
        members.FirstOrDefault(m => m.PersonId == group.CoordinatorId)?.ChangeRole(WorkingGroupRole.Member);
        if (members.FirstOrDefault(m => m.PersonId == person.UserId) is { } next)
        {
            next.ChangeRole(WorkingGroupRole.Coordinator);
        }
        else
        {
            db.WorkingGroupMembers.Add(WorkingGroupMember.Create(NetworkId, group.Id, person.UserId, WorkingGroupRole.Coordinator, time.GetUtcNow().UtcDateTime));
        }

        group.ChangeCoordinator(person.UserId);
        Audit(actorId, "library.group.coordinator.changed", group, person.UserId.ToString());
        return null;
    }, ct);

    public Task<GroupResult> UpdateAsync(string slug, string? purpose, bool publishesOutputs, Guid actorId, CancellationToken ct) =>
        ManageAsync(slug, actorId, group =>
        {
            purpose = string.IsNullOrWhiteSpace(purpose) ? null : purpose.Trim();
            if ((purpose?.Length ?? 0) > 5000)
            {
                return Task.FromResult<string?>("Lo scopo del gruppo può avere al massimo 5000 caratteri.");
            }

            group.Update(group.Name, purpose, publishesOutputs);
            Audit(actorId, "library.group.updated", group, publishesOutputs ? "outputs published" : "outputs private");
            return Task.FromResult<string?>(null);
        }, ct);

    /// <summary>A member leaves the group; the coordinator must hand over first.</summary>
    public async Task<GroupResult> LeaveAsync(string slug, Guid personId, CancellationToken ct)
    {
        var group = await db.WorkingGroups.FirstOrDefaultAsync(g => g.Slug == slug, ct);
        var member = group is null ? null : await db.WorkingGroupMembers.FirstOrDefaultAsync(m => m.GroupId == group.Id && m.PersonId == personId, ct);
        if (group is null || member is null)
        {
            return GroupResult.Missing;
        }

        if (group.CoordinatorId == personId)
        {
            return GroupResult.Refused("Sei il coordinatore: prima di lasciare il gruppo nomina un altro coordinatore.");
        }

        db.WorkingGroupMembers.Remove(member);
        Audit(personId, "library.group.member.left", group, personId.ToString());
        await db.SaveChangesAsync(ct);
        await spaces.MirrorAsync(group, ct);
        return GroupResult.Ok(group.Slug);
    }

    /// <summary>Loads the group, checks the actor manages it, applies the change (null, or a refusal), saves and mirrors the space.</summary>
    private async Task<GroupResult> ManageAsync(string slug, Guid actorId, Func<WorkingGroup, Task<string?>> change, CancellationToken ct)
    {
        var group = await db.WorkingGroups.FirstOrDefaultAsync(g => g.Slug == slug, ct);
        if (group is null)
        {
            return GroupResult.Missing;
        }

        if (!await people.CanManageAsync(group, actorId, ct))
        {
            return GroupResult.Refused(NotAllowed);
        }

        if (group.IsArchived)
        {
            return GroupResult.Refused("Il gruppo è archiviato: non si può più modificare.");
        }

        if (await change(group) is { } error)
        {
            return GroupResult.Refused(error);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same person added twice at once: the unique (group, person) index keeps one.
            db.ChangeTracker.Clear();
            return GroupResult.Refused("La persona fa già parte del gruppo.");
        }

        await spaces.MirrorAsync(group, ct);
        return GroupResult.Ok(group.Slug);
    }

    private void Audit(Guid actorId, string action, WorkingGroup group, string summary) =>
        audit.RecordBy(db, actorId, group.NetworkId, action, "library.group", group.Id, summary);
}
