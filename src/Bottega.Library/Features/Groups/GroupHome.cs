using Bottega.Events.Contracts;
using Bottega.Library.Data;
using Bottega.Library.Domain;
using Bottega.Library.Features.Access;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Features.Groups;

public sealed record GroupMemberRow(Guid PersonId, string Name, WorkingGroupRole Role, DateTime JoinedAt);

public sealed record GroupDocumentRow(Guid Id, string Title, DocumentKind Kind, DocumentVisibility Visibility, DateTime UpdatedAt, int CurrentVersion);

/// <summary>What the group's page shows to a member (or a network admin).</summary>
public sealed record GroupHomeView(
    WorkingGroup Group,
    string? CollectionSlug,
    IReadOnlyList<GroupMemberRow> Members,
    IReadOnlyList<GroupDocumentRow> Documents,
    int Page,
    int PageCount,
    int DocumentTotal,
    IReadOnlyList<GroupMeeting> Meetings,
    bool IsMember,
    bool CanManage);

/// <summary>
/// A working group's home, for its members and the network's admins only: anyone else gets nothing (the page answers 404,
/// so a private group is not even confirmed to exist). Documents go through <see cref="DocumentAccess"/> like every list.
/// </summary>
public sealed class GroupHome
{
    public const int PageSize = 20;

    /// <summary>The name shown for a person whose account was erased.</summary>
    public const string RemovedPerson = "Utente rimosso";

    private readonly LibraryDbContext db;
    private readonly ICurrentUser user;
    private readonly ICurrentNetworkRoles roles;
    private readonly DocumentAccess access;
    private readonly IPersonNames names;
    private readonly IGroupMeetings meetings;
    private readonly TimeProvider time;

    internal GroupHome(LibraryDbContext db, ICurrentUser user, ICurrentNetworkRoles roles, DocumentAccess access, IPersonNames names, IGroupMeetings meetings,
        TimeProvider time)
    {
        this.db = db;
        this.user = user;
        this.roles = roles;
        this.access = access;
        this.names = names;
        this.meetings = meetings;
        this.time = time;
    }

    public async Task<GroupHomeView?> GetAsync(string slug, int page, CancellationToken ct)
    {
        if (user.Id is not { } me)
        {
            return null;
        }

        var group = await db.WorkingGroups.AsNoTracking().FirstOrDefaultAsync(g => g.Slug == slug, ct);
        if (group is null)
        {
            return null;
        }

        var memberRows = await db.WorkingGroupMembers.AsNoTracking().Where(m => m.GroupId == group.Id).ToListAsync(ct);
        var isMember = memberRows.Any(m => m.PersonId == me);
        var isAdmin = (await roles.GetAsync(ct)).HasFlag(NetworkRole.NetworkAdmin);
        if (!isMember && !isAdmin)
        {
            return null;
        }

        var known = await names.GetAsync(memberRows.Select(m => m.PersonId), ct);
        var members = memberRows
            .Select(m => new GroupMemberRow(m.PersonId, known.GetValueOrDefault(m.PersonId) ?? RemovedPerson, m.Role, m.JoinedAt))
            .OrderByDescending(m => m.Role).ThenBy(m => m.Name, StringComparer.CurrentCulture).ToList();
        var collectionSlug = group.CollectionId is { } collectionId
            ? await db.Collections.AsNoTracking().Where(c => c.Id == collectionId).Select(c => c.Slug).FirstOrDefaultAsync(ct)
            : null;

        var documents = (await access.VisibleDocumentsAsync(ct))
            .Where(d => !d.IsArchived && (d.WorkingGroupId == group.Id || (group.CollectionId != null && d.CollectionId == group.CollectionId)));
        var total = await documents.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await documents.OrderByDescending(d => d.UpdatedAt).ThenByDescending(d => d.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(d => new GroupDocumentRow(d.Id, d.Title, d.Kind, d.Visibility, d.UpdatedAt, d.CurrentVersion)).ToListAsync(ct);

        var since = time.GetUtcNow().UtcDateTime.AddHours(-12);
        var eventIds = await db.WorkingGroupMeetings.AsNoTracking().Where(m => m.GroupId == group.Id && m.StartsAt >= since)
            .OrderBy(m => m.StartsAt).Take(20).Select(m => m.EventId).ToListAsync(ct);
        var upcoming = await meetings.ListAsync(group.NetworkId, eventIds, ct);

        var canManage = !group.IsArchived && (group.CoordinatorId == me || isAdmin);
        return new GroupHomeView(group, collectionSlug, members, rows, page, pageCount, total, upcoming, isMember, canManage);
    }
}
