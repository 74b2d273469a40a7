using Bottega.Library.Data;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Features.Prizes;

/// <summary>Reads a call with its categories and criteria, in their order.</summary>
internal static class PrizeCallReader
{
    public static async Task<PrizeCallView?> ReadAsync(LibraryDbContext db, Guid callId, CancellationToken ct)
    {
        var call = await db.PrizeCalls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == callId, ct);
        if (call is null)
        {
            return null;
        }

        var categories = await db.PrizeCategories.AsNoTracking().Where(c => c.CallId == callId).OrderBy(c => c.Position).ThenBy(c => c.Id).ToListAsync(ct);
        var criteria = await db.PrizeCriteria.AsNoTracking().Where(c => c.CallId == callId).OrderBy(c => c.Position).ThenBy(c => c.Id).ToListAsync(ct);
        return new PrizeCallView(call, categories, criteria);
    }
}
