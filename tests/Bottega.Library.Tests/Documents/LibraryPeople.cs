using Bottega.Identity.Domain;
using Bottega.Platform.Security;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Tests.Documents;

/// <summary>Demo people of the provinces' network picked for the library tests.</summary>
internal static class LibraryPeople
{
    public const string Network = "rete-province-appalti";
    public const string Referent = "referente.rete-province-appalti@bottega.demo";
    public const string Admin = "admin.rete-province-appalti@bottega.demo";

    /// <summary>Plain members (no other role) of organizations other than <paramref name="exceptOrganization"/>, each of a different organization.</summary>
    public static async Task<IReadOnlyList<(string Email, Guid OrganizationId)>> PlainMembersAsync(BottegaAppFactory factory, Guid? exceptOrganization, int count)
    {
        var network = await factory.NetworkAsync(Network);
        return await factory.QueryAsync(async db =>
        {
            var rows = await db.Set<NetworkMembership>().IgnoreQueryFilters()
                .Where(m => m.NetworkId == network.Id && m.Status == MembershipStatus.Active && m.Roles == NetworkRole.Member && m.OrganizationId != null
                    && m.OrganizationId != exceptOrganization)
                .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Email, m.OrganizationId })
                .OrderBy(x => x.Email).ToListAsync();
            return (IReadOnlyList<(string, Guid)>)[.. rows.DistinctBy(r => r.OrganizationId).Take(count).Select(r => (r.Email!, r.OrganizationId!.Value))];
        });
    }

    public static async Task<Guid?> OrganizationOfAsync(BottegaAppFactory factory, string email) =>
        (await factory.MembershipAsync(Network, email))?.OrganizationId;
}
