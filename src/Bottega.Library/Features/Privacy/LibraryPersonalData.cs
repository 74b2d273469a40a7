using Bottega.Library.Data;
using Bottega.Library.Domain;
using Bottega.Platform.Data;
using Bottega.Platform.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Features.Privacy;

/// <summary>
/// The library's part of a person's data, in every network: the versions they uploaded (metadata), their comments,
/// adoptions declared, follows, group memberships and the good-practice cases they wrote.
/// Erasure deletes their comments, follows and memberships. What they made for their organization stays — documents,
/// versions, adoptions, cases, meetings — with only their id, which no longer resolves to a name ("Utente rimosso").
/// A group they coordinated passes to its longest-standing other member; a group left with nobody is archived.
/// </summary>
internal sealed class LibraryPersonalData(LibraryDbContext db) : IPersonalDataContributor
{
    private static readonly string[] Tenant = [BottegaModel.TenantFilter];

    public string Section => "library";

    public async Task<object?> ExportAsync(Guid userId, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        var versions = await db.Versions.IgnoreQueryFilters(Tenant).AsNoTracking().Where(v => v.UploadedBy == userId).OrderBy(v => v.UploadedAt)
            .Join(db.Documents.IgnoreQueryFilters(Tenant), v => v.DocumentId, d => d.Id, (v, d) => new
            {
                v.NetworkId,
                v.DocumentId,
                documentTitle = d.Title,
                v.Number,
                v.FileName,
                v.SizeBytes,
                v.Note,
                v.UploadedAt,
            }).ToListAsync(ct);
        var comments = await db.Comments.IgnoreQueryFilters(Tenant).AsNoTracking().Where(c => c.AuthorId == userId).OrderBy(c => c.CreatedAt)
            .Select(c => new { c.NetworkId, c.DocumentId, c.Body, c.CreatedAt, c.IsRemoved }).ToListAsync(ct);
        var adoptions = await db.Adoptions.IgnoreQueryFilters(Tenant).AsNoTracking().Where(a => a.DeclaredBy == userId).OrderBy(a => a.DeclaredAt)
            .Select(a => new { a.NetworkId, a.DocumentId, a.OrganizationId, a.Note, a.DeclaredAt }).ToListAsync(ct);
        var follows = await db.Followers.IgnoreQueryFilters(Tenant).AsNoTracking().Where(f => f.PersonId == userId).OrderBy(f => f.FollowedAt)
            .Select(f => new { f.NetworkId, f.DocumentId, f.FollowedAt }).ToListAsync(ct);
        var groups = await db.WorkingGroupMembers.IgnoreQueryFilters(Tenant).AsNoTracking().Where(m => m.PersonId == userId).OrderBy(m => m.JoinedAt)
            .Join(db.WorkingGroups.IgnoreQueryFilters(Tenant), m => m.GroupId, g => g.Id, (m, g) => new
            {
                m.NetworkId,
                m.GroupId,
                groupName = g.Name,
                role = m.Role.ToString(),
                m.JoinedAt,
            }).ToListAsync(ct);
        var practices = await db.Practices.IgnoreQueryFilters(Tenant).AsNoTracking().Where(p => p.CreatedBy == userId).OrderBy(p => p.CreatedAt)
            .Select(p => new { p.NetworkId, p.Id, p.Title, status = p.Status.ToString(), p.CreatedAt }).ToListAsync(ct);
        if (versions.Count + comments.Count + adoptions.Count + follows.Count + groups.Count + practices.Count == 0)
        {
            return null;
        }

        return new { uploadedVersions = versions, comments, adoptions, follows, workingGroups = groups, goodPractices = practices };
    }

    public async Task EraseAsync(Guid userId, CancellationToken cancellationToken)
    {
        var ct = cancellationToken;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Comments.IgnoreQueryFilters(Tenant).Where(c => c.AuthorId == userId).ExecuteDeleteAsync(ct);
        await db.Followers.IgnoreQueryFilters(Tenant).Where(f => f.PersonId == userId).ExecuteDeleteAsync(ct);
        var coordinated = await db.WorkingGroups.IgnoreQueryFilters(Tenant).Where(g => g.CoordinatorId == userId).ToListAsync(ct);
        await db.WorkingGroupMembers.IgnoreQueryFilters(Tenant).Where(m => m.PersonId == userId).ExecuteDeleteAsync(ct);
        foreach (var group in coordinated)
        {
            var next = await db.WorkingGroupMembers.IgnoreQueryFilters(Tenant).Where(m => m.GroupId == group.Id)
                .OrderBy(m => m.JoinedAt).ThenBy(m => m.Id).FirstOrDefaultAsync(ct);
            if (next is null)
            {
                group.Archive(true);
                continue;
            }

            next.ChangeRole(WorkingGroupRole.Coordinator);
            group.ChangeCoordinator(next.PersonId);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
