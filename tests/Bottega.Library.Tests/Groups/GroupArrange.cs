using Bottega.Identity.Domain;
using Bottega.Library.Domain;
using Bottega.Organizations.Domain;
using Bottega.Platform.Security;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Tests.Groups;

internal sealed record GroupPerson(Guid Id, string Email);

/// <summary>People, groups and documents for the working-group tests, written straight to the database or through the pages.</summary>
internal static class GroupArrange
{
    private static DateTime Now => TimeProvider.System.GetUtcNow().UtcDateTime;

    public static string Token() => "g" + Guid.NewGuid().ToString("N")[..8];

    public static async Task<GroupPerson> MemberAsync(BottegaAppFactory factory, string network, NetworkRole roles = NetworkRole.Member)
    {
        await using var db = factory.Open();
        var email = $"gruppo.{Guid.NewGuid():N}@prove.bottega.demo";
        var user = new BottegaUser
        {
            Email = email,
            UserName = email,
            NormalizedEmail = email.ToUpperInvariant(),
            NormalizedUserName = email.ToUpperInvariant(),
            EmailConfirmed = true,
            CreatedAt = Now,
        };
        user.SetName("Prova", "Gruppo");
        db.Users.Add(user);
        var net = await db.Set<Network>().SingleAsync(n => n.Slug == network);
        db.Add(NetworkMembership.Grant(net.Id, user.Id, roles, null, null, Now));
        await db.SaveChangesAsync();
        return new GroupPerson(user.Id, email);
    }

    /// <summary>A group created by the network's admin through the management page; its slug.</summary>
    public static async Task<string> GroupAsync(BottegaAppFactory factory, string network, GroupPerson coordinator)
    {
        var slug = Token();
        var admin = factory.ClientFor($"admin.{network}@bottega.demo");
        var response = await admin.PostFormAsync($"/reti/{network}/gestione/gruppi", new Dictionary<string, string>
        {
            ["Input.Name"] = "Gruppo " + slug,
            ["Input.Slug"] = slug,
            ["Input.Purpose"] = "Scopo del gruppo " + slug,
            ["Input.CoordinatorEmail"] = coordinator.Email,
        });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Group not created: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return slug;
    }

    public static Task<WorkingGroup> LoadAsync(BottegaAppFactory factory, string slug) =>
        factory.QueryAsync(db => db.Set<WorkingGroup>().IgnoreQueryFilters().AsNoTracking().SingleAsync(g => g.Slug == slug));

    /// <summary>A document with one version in the group's collection (or of the group, for <see cref="DocumentVisibility.WorkingGroup"/>).</summary>
    public static async Task<LibraryDocument> DocumentAsync(BottegaAppFactory factory, WorkingGroup group, DocumentVisibility visibility, string title, Guid createdBy)
    {
        await using var db = factory.Open();
        var metadata = new DocumentMetadata(title, "Descrizione " + title, DocumentKind.Template, group.CollectionId, null, null, DocumentLicence.CcBy40, visibility,
            group.Id);
        var document = LibraryDocument.Create(group.NetworkId, metadata, createdBy, Now);
        var number = document.NextVersion(Now);
        var version = DocumentVersion.Create(group.NetworkId, document.Id, number,
            new StoredFile("prova/" + Guid.NewGuid().ToString("N"), "prova.txt", "text/plain", 10, new string('0', 64)), null, createdBy, Now);
        version.Extracted("testo di prova", 1, Now);
        db.AddRange(document, version);
        await db.SaveChangesAsync();
        return document;
    }
}
