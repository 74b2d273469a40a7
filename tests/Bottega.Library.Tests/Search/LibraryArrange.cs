using Bottega.Library.Data;
using Bottega.Library.Domain;
using Bottega.Library.Features.Search;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bottega.Library.Tests.Search;

/// <summary>Documents with a current version (and its extracted text) put straight into the database and the index.</summary>
internal sealed class LibraryArrange(BottegaAppFactory factory)
{
    private static readonly DateTime Now = new(2026, 11, 20, 9, 0, 0, DateTimeKind.Utc);

    public async Task<Guid> DocumentAsync(
        Guid networkId,
        string title,
        string? text,
        Guid createdBy,
        string? description = null,
        DocumentKind kind = DocumentKind.Template,
        DocumentVisibility visibility = DocumentVisibility.Network,
        Guid? collectionId = null,
        Guid? organizationId = null,
        Guid? regionId = null,
        Guid? workingGroupId = null,
        int? year = null,
        string[]? tags = null,
        DateTime? at = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LibraryDbContext>();
        var now = at ?? Now;
        var document = LibraryDocument.Create(networkId,
            new DocumentMetadata(title, description, kind, collectionId, organizationId, regionId, DocumentLicence.CcBy40, visibility, workingGroupId), createdBy, now);
        var number = document.NextVersion(now);
        var key = "test/" + Guid.NewGuid().ToString("N");
        var version = DocumentVersion.Create(networkId, document.Id, number, new StoredFile(key, "modello.pdf", "application/pdf", 1000, new string('0', 64)), null, createdBy, now);
        version.Extracted(text, 1, now);
        db.Add(document);
        db.Add(version);
        foreach (var tag in tags ?? [])
        {
            db.Add(DocumentTag.Create(networkId, document.Id, tag));
        }

        await db.SaveChangesAsync();
        if (year is { } y)
        {
            await db.Documents.IgnoreQueryFilters().Where(d => d.Id == document.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.Year, y));
        }

        await scope.ServiceProvider.GetRequiredService<LibrarySearchIndex>().IndexAsync(db, document.Id, CancellationToken.None);
        return document.Id;
    }

    public async Task<Guid> CollectionAsync(Guid networkId, string slug, string name, Guid? workingGroupId = null)
    {
        await using var db = factory.Open();
        var collection = LibraryCollection.Create(networkId, slug, name, null, workingGroupId, 0, Now);
        db.Add(collection);
        await db.SaveChangesAsync();
        return collection.Id;
    }

    public async Task<Guid> WorkingGroupAsync(Guid networkId, string slug, Guid coordinatorId)
    {
        await using var db = factory.Open();
        var group = WorkingGroup.Create(networkId, slug, "Gruppo " + slug, null, coordinatorId, Now);
        db.Add(group);
        db.Add(WorkingGroupMember.Create(networkId, group.Id, coordinatorId, WorkingGroupRole.Coordinator, Now));
        await db.SaveChangesAsync();
        return group.Id;
    }
}
