using Bottega.Demo;
using Bottega.Library.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Library.Tests.Documents;

public sealed class DemoLibraryDocumentsTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_seeded_demo_has_the_province_tender_template_adopted_by_a_municipality_who_follows_its_version_two()
    {
        await using var db = app.Factory.Open();
        Assert.True(await DemoLibraryDocuments.ExistsAsync(db, CancellationToken.None));
        Assert.Equal(3, await db.Set<LibraryCollection>().IgnoreQueryFilters().CountAsync(c => c.WorkingGroupId == null));
        Assert.True(await db.Set<LibraryDocument>().IgnoreQueryFilters().CountAsync() >= 11);

        var template = await db.Set<LibraryDocument>().IgnoreQueryFilters().AsNoTracking().SingleAsync(d => d.Title == DemoLibraryDocuments.TemplateTitle);
        Assert.Equal(2, template.CurrentVersion);
        Assert.Equal(1, template.AdoptionCount);
        var adoption = await db.Set<DocumentAdoption>().IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.DocumentId == template.Id);
        Assert.Equal(await app.Factory.UserIdAsync(DemoAccounts.Colleague), adoption.DeclaredBy);
        Assert.Equal(1, template.DownloadCount);
        var current = await db.Set<DocumentVersion>().IgnoreQueryFilters().AsNoTracking().SingleAsync(v => v.DocumentId == template.Id && v.Number == 2);
        Assert.Contains(DemoLibraryDocuments.TemplatePhrase, current.ExtractedText, StringComparison.Ordinal);
        Assert.False(await db.Set<DocumentVersion>().IgnoreQueryFilters().AnyAsync(v => v.NetworkId == template.NetworkId && v.Extraction != ExtractionStatus.Extracted));
        // The seed's e-mails went to the seeding host's pickup folder; what is left to check is who follows version 2.
        Assert.True(await db.Set<DocumentFollower>().IgnoreQueryFilters().AnyAsync(f => f.DocumentId == template.Id && f.PersonId == adoption.DeclaredBy));
    }
}
