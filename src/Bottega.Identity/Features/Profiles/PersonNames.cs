using Bottega.Identity.Data;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Identity.Features.Profiles;

internal sealed class PersonNames(IdentityDataContext db) : IPersonNames
{
    public async Task<IReadOnlyDictionary<Guid, string>> GetAsync(IEnumerable<Guid> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.Distinct().ToList();
        return ids.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
                .ToDictionaryAsync(u => u.Id, u => (u.GivenName + " " + u.FamilyName).Trim(), cancellationToken);
    }
}
