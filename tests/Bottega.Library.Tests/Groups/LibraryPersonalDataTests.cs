using System.Text.Json;
using Bottega.Identity.Features.PersonalData;
using Bottega.Library.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Bottega.Library.Tests.Groups;

public sealed class LibraryPersonalDataTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = "rete-province-appalti";

    private BottegaAppFactory Factory => app.Factory;

    [Fact]
    public async Task The_export_holds_comments_follows_and_groups_and_erasure_removes_them_keeping_the_documents()
    {
        var coordinator = await GroupArrange.MemberAsync(Factory, Network);
        var member = await GroupArrange.MemberAsync(Factory, Network);
        var slug = await GroupArrange.GroupAsync(Factory, Network, coordinator);
        var page = $"/reti/{Network}/gruppi/{slug}";
        await Factory.ClientFor(coordinator.Email).PostFormAsync(page, page + "?handler=member", new Dictionary<string, string> { ["email"] = member.Email });
        var group = await GroupArrange.LoadAsync(Factory, slug);
        var document = await GroupArrange.DocumentAsync(Factory, group, DocumentVisibility.Network, "Documento " + slug, coordinator.Id);
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        await using (var db = Factory.Open())
        {
            db.AddRange(
                DocumentComment.Create(group.NetworkId, document.Id, coordinator.Id, "Commento personale " + slug, now),
                DocumentFollower.Create(group.NetworkId, document.Id, coordinator.Id, now));
            await db.SaveChangesAsync();
        }

        using (var scope = Factory.Services.CreateScope())
        {
            var export = await scope.ServiceProvider.GetRequiredService<PersonalDataExport>().BuildAsync(coordinator.Id, CancellationToken.None);
            var json = JsonSerializer.Serialize(export);
            Assert.Contains("\"library\"", json, StringComparison.Ordinal);
            Assert.Contains("Commento personale " + slug, json, StringComparison.Ordinal);
            Assert.Contains("Gruppo " + slug, json, StringComparison.Ordinal);
            Assert.Contains("Documento " + slug, json, StringComparison.Ordinal);
            Assert.True(await scope.ServiceProvider.GetRequiredService<PersonalDataErasure>().EraseAsync(coordinator.Id, CancellationToken.None));
        }

        await using var check = Factory.Open();
        Assert.False(await check.Set<DocumentComment>().IgnoreQueryFilters().AnyAsync(c => c.AuthorId == coordinator.Id));
        Assert.False(await check.Set<DocumentFollower>().IgnoreQueryFilters().AnyAsync(f => f.PersonId == coordinator.Id));
        Assert.False(await check.Set<WorkingGroupMember>().IgnoreQueryFilters().AnyAsync(m => m.PersonId == coordinator.Id));
        Assert.True(await check.Set<LibraryDocument>().IgnoreQueryFilters().AnyAsync(d => d.Id == document.Id));
        var after = await check.Set<WorkingGroup>().IgnoreQueryFilters().SingleAsync(g => g.Id == group.Id);
        Assert.Equal(member.Id, after.CoordinatorId);
    }
}
