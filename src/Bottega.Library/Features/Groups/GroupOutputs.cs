using Bottega.Library.Data;
using Bottega.Library.Domain;
using Bottega.Library.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Features.Groups;

/// <summary>A group's public page of outputs.</summary>
public sealed record GroupOutputsView(string Name, string? Purpose, IReadOnlyList<GroupDocumentRow> Documents, int Page, int PageCount, int Total);

/// <summary>
/// The outputs a group chose to publish: the documents of its collection marked public (and, for signed-in members of
/// the network, those marked for the network) — never its private or organization-only ones, whoever is looking.
/// </summary>
public sealed class GroupOutputs
{
    public const int PageSize = 20;

    private readonly LibraryDbContext db;
    private readonly DocumentAccess access;

    internal GroupOutputs(LibraryDbContext db, DocumentAccess access)
    {
        this.db = db;
        this.access = access;
    }

    /// <summary>Null when the group does not exist or does not publish its outputs.</summary>
    public async Task<GroupOutputsView?> GetAsync(string slug, int page, CancellationToken ct)
    {
        var group = await db.WorkingGroups.AsNoTracking().FirstOrDefaultAsync(g => g.Slug == slug, ct);
        if (group is not { PublishesOutputs: true, CollectionId: { } collectionId })
        {
            return null;
        }

        var member = (await access.ViewerAsync(ct)).IsMember;
        var documents = db.Documents.AsNoTracking().Where(d => d.CollectionId == collectionId && !d.IsArchived && d.CurrentVersion > 0
            && (d.Visibility == DocumentVisibility.Public || (member && d.Visibility == DocumentVisibility.Network)));
        var total = await documents.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await documents.OrderByDescending(d => d.UpdatedAt).ThenByDescending(d => d.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(d => new GroupDocumentRow(d.Id, d.Title, d.Kind, d.Visibility, d.UpdatedAt, d.CurrentVersion)).ToListAsync(ct);
        return new GroupOutputsView(group.Name, group.Purpose, rows, page, pageCount, total);
    }
}
