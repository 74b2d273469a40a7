using Bottega.Community.Data;
using Bottega.Community.Domain;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Data;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Community.Features.Notifications;

public sealed record NotificationItem(Guid Id, NotificationKind Kind, string NetworkName, string Text, DateTime CreatedAt, bool IsRead);

public sealed record NotificationList(IReadOnlyList<NotificationItem> Items, int Page, int PageCount, int Total);

/// <summary>
/// The current person's notifications across every network (the bell, <c>/notifiche</c>) and e-mail choice. Always
/// by the person's id, past the tenant filter: these pages belong to no network.
/// </summary>
public sealed class Notifications
{
    public const int PageSize = 30;
    private static readonly string[] Tenant = [BottegaModel.TenantFilter];
    private readonly CommunityDbContext db;
    private readonly ICurrentUser user;
    private readonly INetworkDirectory networks;
    private readonly TimeProvider time;

    internal Notifications(CommunityDbContext db, ICurrentUser user, INetworkDirectory networks, TimeProvider time)
    {
        this.db = db;
        this.user = user;
        this.networks = networks;
        this.time = time;
    }

    /// <summary>Unread notifications of the person (one COUNT on the (UserId, ReadAt) index); 0 when signed out.</summary>
    public async Task<int> UnreadCountAsync(CancellationToken ct) =>
        user.Id is { } userId ? await Mine(userId).CountAsync(n => n.ReadAt == null, ct) : 0;

    public async Task<NotificationList> PageAsync(int page, CancellationToken ct)
    {
        if (user.Id is not { } userId)
        {
            return new NotificationList([], 1, 1, 0);
        }

        var total = await Mine(userId).CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await Mine(userId).AsNoTracking().OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var names = (await networks.GetManyAsync(rows.Select(r => r.NetworkId).Distinct(), ct)).ToDictionary(n => n.Id, n => n.Name);
        var items = rows.Select(n => new NotificationItem(n.Id, n.Kind, names.GetValueOrDefault(n.NetworkId, ""), n.Text, n.CreatedAt, n.ReadAt is not null)).ToList();
        return new NotificationList(items, page, pageCount, total);
    }

    /// <summary>Marks the person's notification read and gives where to go: its link if site-relative, else the list. Null: not theirs.</summary>
    public async Task<string?> OpenAsync(Guid id, CancellationToken ct)
    {
        if (user.Id is not { } userId)
        {
            return null;
        }

        var notification = await Mine(userId).FirstOrDefaultAsync(n => n.Id == id, ct);
        if (notification is null)
        {
            return null;
        }

        notification.MarkRead(time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return IsSiteRelative(notification.Url) ? notification.Url : "/notifiche";
    }

    public async Task MarkAllReadAsync(CancellationToken ct)
    {
        if (user.Id is { } userId)
        {
            var now = time.GetUtcNow().UtcDateTime;
            await Mine(userId).Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
        }
    }

    public async Task<EmailFrequency> FrequencyAsync(CancellationToken ct) =>
        user.Id is { } userId
            ? await db.Preferences.Where(p => p.UserId == userId).Select(p => (EmailFrequency?)p.Frequency).FirstOrDefaultAsync(ct) ?? EmailFrequency.Daily
            : EmailFrequency.Daily;

    public async Task SetFrequencyAsync(EmailFrequency frequency, CancellationToken ct)
    {
        if (user.Id is { } userId && Enum.IsDefined(frequency))
        {
            await NotificationPreferences.SetAsync(db, userId, frequency, time.GetUtcNow().UtcDateTime, ct);
        }
    }

    /// <summary>A local path of this site: one slash, no scheme, no host ("//evil.example" and "/\evil.example" are hosts to browsers).</summary>
    internal static bool IsSiteRelative(string url) =>
        url.Length > 0 && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl);

    private IQueryable<Notification> Mine(Guid userId) => db.Notifications.IgnoreQueryFilters(Tenant).Where(n => n.UserId == userId);
}
