using Bottega.Learning.Contracts;
using Bottega.Library.Data;
using Bottega.Library.Features.Access;
using Bottega.Organizations.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Features.Documents;

public sealed record Choice(Guid Id, string Name);

/// <summary>The choices of the upload and edit forms for the current viewer.</summary>
public sealed record DocumentChoices(IReadOnlyList<Choice> Collections, IReadOnlyList<Choice> Competences, IReadOnlyList<Choice> Organizations, IReadOnlyList<Choice> WorkingGroups, bool IsAdmin);

public sealed class DocumentFormOptions
{
    private readonly LibraryDbContext db;
    private readonly DocumentAccess access;
    private readonly ILearningCatalogLookup catalog;
    private readonly INetworkDirectory networks;

    internal DocumentFormOptions(LibraryDbContext db, DocumentAccess access, ILearningCatalogLookup catalog, INetworkDirectory networks)
    {
        this.db = db;
        this.access = access;
        this.catalog = catalog;
        this.networks = networks;
    }

    public async Task<DocumentChoices> ForViewerAsync(Guid networkId, CancellationToken ct)
    {
        var viewer = await access.ViewerAsync(ct);
        var groups = viewer.GroupIds.ToList();
        var collections = await db.Collections.AsNoTracking()
            .Where(c => c.WorkingGroupId == null || viewer.IsNetworkAdmin || groups.Contains(c.WorkingGroupId.Value))
            .OrderBy(c => c.WorkingGroupId != null).ThenBy(c => c.Position).ThenBy(c => c.Name)
            .Select(c => new Choice(c.Id, c.Name)).ToListAsync(ct);
        var workingGroups = await db.WorkingGroups.AsNoTracking().Where(g => !g.IsArchived && (viewer.IsNetworkAdmin || groups.Contains(g.Id)))
            .OrderBy(g => g.Name).Select(g => new Choice(g.Id, g.Name)).ToListAsync(ct);
        var competences = (await catalog.CompetencesAsync(networkId, ct)).Select(c => new Choice(c.Id, $"{c.Code} – {c.Name}")).ToList();
        var organizations = viewer.IsNetworkAdmin
            ? (await networks.ListActiveMemberOrganizationsAsync(networkId, ct)).OrderBy(o => o.Name, StringComparer.CurrentCulture).Select(o => new Choice(o.Id, o.Name)).ToList()
            : [];
        return new DocumentChoices(collections, competences, organizations, workingGroups, viewer.IsNetworkAdmin);
    }
}
