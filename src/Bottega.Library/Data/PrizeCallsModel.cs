using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Data;

/// <summary>Tables of prize calls, entries and jury scores (lib_prize_*).</summary>
internal static class PrizeCallsModel
{
    public static void Apply(ModelBuilder b)
    {
        ArgumentNullException.ThrowIfNull(b);
    }
}
