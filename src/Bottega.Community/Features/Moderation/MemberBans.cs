using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Community.Features.Access;
using Bottega.Platform.Auditing;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Moderation;

/// <summary>
/// Suspensions from posting in the network's community (topics, replies, private messages), set and lifted by the
/// network's moderators and admins only: a space moderator's reach is their space, a ban reaches the whole network.
/// </summary>
public sealed class MemberBans
{
    public const int MaxDays = 3650;
    public const int MaxReasonLength = 1000;
    private readonly CommunityDbContext db;
    private readonly SpacePermissions permissions;
    private readonly AuditTrail audit;
    private readonly INetworkPeople people;
    private readonly ITenantContext tenant;
    private readonly ICurrentUser user;
    private readonly TimeProvider time;

    internal MemberBans(CommunityDbContext db, SpacePermissions permissions, AuditTrail audit, INetworkPeople people, ITenantContext tenant,
        ICurrentUser user, TimeProvider time)
    {
        this.db = db;
        this.permissions = permissions;
        this.audit = audit;
        this.people = people;
        this.tenant = tenant;
        this.user = user;
        this.time = time;
    }

    /// <summary>Bans a member of the network for <paramref name="days"/> days.</summary>
    /// <param name="userId">Who is banned.</param>
    /// <param name="days">From 1 to <see cref="MaxDays"/>.</param>
    /// <param name="reason">Why, as the person and other moderators will read it.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<ModerationResult> BanAsync(Guid userId, int days, string? reason, CancellationToken ct)
    {
        if (tenant.NetworkId is not { } networkId || user.Id is not { } moderatorId || !await permissions.IsNetworkModeratorAsync(ct))
        {
            return ModerationResult.Forbidden;
        }

        reason = reason?.Trim() ?? "";
        if (days is < 1 or > MaxDays)
        {
            return ModerationResult.Refused("Indica una durata da 1 a 3650 giorni.");
        }

        if (reason.Length == 0 || reason.Length > MaxReasonLength)
        {
            return ModerationResult.Refused("Scrivi il motivo della sospensione (al massimo 1000 caratteri).");
        }

        if (userId == moderatorId)
        {
            return ModerationResult.Refused("Non puoi sospendere te stesso.");
        }

        var person = await people.FindAsync(networkId, userId, ct);
        if (person is null)
        {
            return ModerationResult.Refused("La persona non è un membro attivo della rete.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (await db.Bans.AnyAsync(b => b.UserId == userId && b.LiftedAt == null && b.Until > now, ct))
        {
            return ModerationResult.Refused("La persona è già sospesa: revoca la sospensione in corso per cambiarla.");
        }

        var ban = Ban.Create(networkId, userId, now.AddDays(days), reason, moderatorId, now);
        db.Bans.Add(ban);
        audit.Record(db, networkId, "community.user.banned", "user", userId, $"{person.Name}: {days} d — {reason}");
        ModerationEvents.Applied(db, networkId, userId, "banned", null, null, reason, now);
        await db.SaveChangesAsync(ct);
        return ModerationResult.Done("Persona sospesa.");
    }

    /// <summary>Bans the member with this e-mail address (the form of the bans tab).</summary>
    public async Task<ModerationResult> BanByEmailAsync(string? email, int days, string? reason, CancellationToken ct)
    {
        if (tenant.NetworkId is not { } networkId || !await permissions.IsNetworkModeratorAsync(ct))
        {
            return ModerationResult.Forbidden;
        }

        var person = string.IsNullOrWhiteSpace(email) ? null : await people.FindByEmailAsync(networkId, email.Trim(), ct);
        return person is null
            ? ModerationResult.Refused("La persona non è un membro attivo della rete.")
            : await BanAsync(person.UserId, days, reason, ct);
    }

    public async Task<ModerationResult> LiftAsync(Guid banId, CancellationToken ct)
    {
        if (!await permissions.IsNetworkModeratorAsync(ct))
        {
            return ModerationResult.Forbidden;
        }

        var ban = await db.Bans.FirstOrDefaultAsync(b => b.Id == banId, ct);
        if (ban is null)
        {
            return ModerationResult.NotFound;
        }

        if (ban.LiftedAt is null)
        {
            var now = time.GetUtcNow().UtcDateTime;
            ban.Lift(now);
            audit.Record(db, ban.NetworkId, "community.user.unbanned", "user", ban.UserId, ban.Reason);
            ModerationEvents.Applied(db, ban.NetworkId, ban.UserId, "unbanned", null, null, "", now);
            await db.SaveChangesAsync(ct);
        }

        return ModerationResult.Done("Sospensione revocata.");
    }
}
