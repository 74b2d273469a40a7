using Bottega.Library.Data;
using Bottega.Library.Domain;
using Bottega.Platform.Auditing;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Features.Groups;

/// <summary>One group as the network's list shows it.</summary>
public sealed record GroupRow(Guid Id, string Slug, string Name, string? Purpose, int MemberCount, string Coordinator, bool IsMine, bool IsArchived, bool PublishesOutputs);

/// <summary>A page of groups, the viewer's own first.</summary>
public sealed record GroupList(IReadOnlyList<GroupRow> Groups, int Page, int PageCount, int Total);

/// <summary>
/// The network's working groups: the list, and their creation by a network admin — the group, its coordinator as first
/// member and its private collection in one save, then its community space. The actor is a parameter (the demo seed
/// creates groups too); the network is the scope's.
/// </summary>
public sealed class WorkingGroups
{
    public const int PageSize = 30;

    private readonly LibraryDbContext db;
    private readonly ITenantContext tenant;
    private readonly TimeProvider time;
    private readonly AuditTrail audit;
    private readonly GroupPeople people;
    private readonly IPersonNames names;
    private readonly GroupSpaceSync spaces;

    internal WorkingGroups(LibraryDbContext db, ITenantContext tenant, TimeProvider time, AuditTrail audit, GroupPeople people, IPersonNames names,
        GroupSpaceSync spaces)
    {
        this.db = db;
        this.tenant = tenant;
        this.time = time;
        this.audit = audit;
        this.people = people;
        this.names = names;
        this.spaces = spaces;
    }

    private Guid NetworkId => tenant.NetworkId ?? throw new InvalidOperationException("No network in this scope.");

    public async Task<GroupList> ListAsync(Guid? viewerId, bool includeArchived, int page, CancellationToken ct)
    {
        var me = viewerId ?? Guid.Empty;
        var query = db.WorkingGroups.AsNoTracking().Where(g => includeArchived || !g.IsArchived);
        var total = await query.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await query
            .Select(g => new
            {
                g.Id,
                g.Slug,
                g.Name,
                g.Purpose,
                g.CoordinatorId,
                g.IsArchived,
                g.PublishesOutputs,
                Members = db.WorkingGroupMembers.Count(m => m.GroupId == g.Id),
                Mine = db.WorkingGroupMembers.Any(m => m.GroupId == g.Id && m.PersonId == me),
            })
            .OrderByDescending(g => g.Mine).ThenBy(g => g.IsArchived).ThenBy(g => g.Name)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(ct);
        var coordinators = await names.GetAsync(rows.Select(r => r.CoordinatorId).Distinct(), ct);
        var groups = rows.Select(r => new GroupRow(r.Id, r.Slug, r.Name, r.Purpose, r.Members, coordinators.GetValueOrDefault(r.CoordinatorId) ?? GroupHome.RemovedPerson,
            r.Mine, r.IsArchived, r.PublishesOutputs)).ToList();
        return new GroupList(groups, page, pageCount, total);
    }

    public async Task<GroupResult> CreateAsync(GroupInput input, Guid actorId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var name = input.Name?.Trim() ?? "";
        var purpose = string.IsNullOrWhiteSpace(input.Purpose) ? null : input.Purpose.Trim();
        var slug = GroupSlugs.From(input.Slug, name);
        if (name.Length is 0 or > 150)
        {
            return GroupResult.Refused("Scrivi il nome del gruppo (al massimo 150 caratteri).");
        }

        if ((purpose?.Length ?? 0) > 5000)
        {
            return GroupResult.Refused("Lo scopo del gruppo può avere al massimo 5000 caratteri.");
        }

        if (slug.Length == 0)
        {
            return GroupResult.Refused("Scegli un nome breve per l'indirizzo del gruppo (lettere e numeri).");
        }

        if (!await people.IsNetworkAdminAsync(NetworkId, actorId, ct))
        {
            return GroupResult.Refused("Solo gli amministratori della rete creano i gruppi di lavoro.");
        }

        var coordinator = await people.FindByEmailAsync(NetworkId, input.CoordinatorEmail, ct);
        if (coordinator is null)
        {
            return GroupResult.Refused("Il coordinatore deve essere un membro attivo della rete: nessuno ha questo indirizzo e-mail.");
        }

        var collectionSlug = GroupSlugs.CollectionSlug(slug);
        if (await db.WorkingGroups.AnyAsync(g => g.Slug == slug, ct) || await db.Collections.AnyAsync(c => c.Slug == collectionSlug, ct))
        {
            return GroupResult.Refused("Esiste già un gruppo con questo indirizzo: scegline un altro.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var group = WorkingGroup.Create(NetworkId, slug, name, purpose, coordinator.UserId, now);
        var collection = LibraryCollection.Create(NetworkId, collectionSlug, name, "Raccolta riservata ai membri del gruppo di lavoro.", group.Id, 1000, now);
        group.AttachCollection(collection.Id);
        db.WorkingGroups.Add(group);
        db.Collections.Add(collection);
        db.WorkingGroupMembers.Add(WorkingGroupMember.Create(NetworkId, group.Id, coordinator.UserId, WorkingGroupRole.Coordinator, now));
        audit.RecordBy(db, actorId, NetworkId, "library.group.created", "library.group", group.Id, $"{slug} {coordinator.UserId}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two admins creating the same slug at once: the unique indexes keep the first.
            db.ChangeTracker.Clear();
            return GroupResult.Refused("Esiste già un gruppo con questo indirizzo: scegline un altro.");
        }

        await spaces.MirrorAsync(group, ct);
        return GroupResult.Ok(slug);
    }
}
