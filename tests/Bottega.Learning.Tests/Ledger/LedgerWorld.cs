using Bottega.Identity.Domain;
using Bottega.Learning.Domain;
using Bottega.Platform.Security;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Learning.Tests.Ledger;

/// <summary>Arranges ledger data straight in the test database: the referent's organization, its staff, declarations, hours.</summary>
internal static class LedgerWorld
{
    public static async Task<(Guid NetworkId, Guid OrganizationId)> ReferentOrganizationAsync(this BottegaAppFactory factory, string slug)
    {
        var network = await factory.NetworkAsync(slug);
        var referent = await factory.UserIdAsync(Demo.DemoAccounts.ReferentOf(slug));
        var organization = await factory.QueryAsync(db => db.Set<NetworkMembership>().IgnoreQueryFilters()
            .Where(m => m.NetworkId == network.Id && m.UserId == referent).Select(m => m.ReferentOfOrganizationId).SingleAsync());
        return (network.Id, organization!.Value);
    }

    /// <summary>Active members working for the organization, with their e-mail, plain members first.</summary>
    public static Task<List<(Guid UserId, string Email)>> StaffAsync(this BottegaAppFactory factory, Guid networkId, Guid organizationId) =>
        factory.QueryAsync(async db =>
        {
            var rows = await db.Set<NetworkMembership>().IgnoreQueryFilters()
                .Where(m => m.NetworkId == networkId && m.OrganizationId == organizationId && m.Status == MembershipStatus.Active)
                .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.Email, m.Roles })
                .ToListAsync();
            return rows.OrderBy(r => r.Roles == NetworkRole.Member ? 0 : 1).ThenBy(r => r.Email, StringComparer.Ordinal).Select(r => (r.Id, r.Email!)).ToList();
        });

    /// <summary>Another active member of the network, outside <paramref name="organizationId"/>, becomes the referent of their own organization.</summary>
    public static Task<(string Email, Guid OrganizationId)> MakeOtherReferentAsync(this BottegaAppFactory factory, Guid networkId, Guid organizationId) =>
        factory.QueryAsync(async db =>
        {
            var membership = await db.Set<NetworkMembership>().IgnoreQueryFilters()
                .Where(m => m.NetworkId == networkId && m.Status == MembershipStatus.Active && m.Roles == NetworkRole.Member
                    && m.OrganizationId != null && m.OrganizationId != organizationId)
                .OrderBy(m => m.Id).FirstAsync();
            membership.SetRoles(NetworkRole.Member | NetworkRole.TrainingReferent, membership.OrganizationId);
            await db.SaveChangesAsync();
            var email = await db.Users.Where(u => u.Id == membership.UserId).Select(u => u.Email!).SingleAsync();
            return (email, membership.OrganizationId!.Value);
        });

    public static Task<Guid> DeclareAsync(this BottegaAppFactory factory, Guid networkId, Guid userId, Guid organizationId, string title, decimal hours) =>
        factory.QueryAsync(async db =>
        {
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            var file = LearningFile.Create("none/none", "attestato.pdf", "application/pdf", 10, userId, now);
            db.Set<LearningFile>().Add(file);
            var declaration = ExternalTraining.Declare(networkId, userId, organizationId, title, "Ente di prova", DateOnly.FromDateTime(now).AddDays(-10), hours,
                file.Id, "attestato.pdf", now);
            db.Set<ExternalTraining>().Add(declaration);
            await db.SaveChangesAsync();
            return declaration.Id;
        });

    public static Task AddHoursAsync(this BottegaAppFactory factory, Guid userId, DateOnly date, decimal hours, HoursSource source = HoursSource.LiveSession) =>
        factory.QueryAsync(async db =>
        {
            db.Set<HoursEntry>().Add(HoursEntry.Create(userId, date, hours, source, Guid.NewGuid(), "Sessione di prova", null, TimeProvider.System.GetUtcNow().UtcDateTime));
            return await db.SaveChangesAsync();
        });
}
