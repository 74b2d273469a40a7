using System.Globalization;
using System.Text;
using Bottega.Events.Data;
using Bottega.Events.Domain;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Localization;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Events.Features.Registrations;

/// <summary>What the event page's registration panel shows a person.</summary>
public sealed record RegistrationPanelView(Guid EventId, string Title, RegistrationMode Mode, bool AcceptsRegistrations, RegistrationStatus? Status,
    int? SeatsLeft, int? WaitingPosition, int Waiting, bool Organizer, bool Referent);

/// <summary>One registrant as organizers see them.</summary>
public sealed record RegistrantRow(Guid RegistrationId, Guid UserId, string Name, string? Email, string? Organization, RegistrationStatus Status,
    DateTime RegisteredAt, bool RegisteredByOther);

public sealed record RegistrantPage(string EventTitle, int? Capacity, int Confirmed, IReadOnlyDictionary<RegistrationStatus, int> Counts,
    IReadOnlyList<RegistrantRow> Rows, int Page, int PageCount, int Total);

/// <summary>A referent's staff member with their registration, for the checkbox list.</summary>
public sealed record StaffChoice(Guid UserId, string Name, RegistrationStatus? Status);

/// <summary>
/// Reading registrations: the panel of the event page, the organizers' list (paged, by status) and its CSV export.
/// A referent's view is narrowed to their organization's staff (the organization id given to the list methods).
/// </summary>
public sealed class RegistrationLists
{
    public const int PageSize = 50;
    private readonly EventsDbContext db;
    private readonly TimeProvider time;
    private readonly INetworkPeople people;
    private readonly IPersonNames names;
    private readonly INetworkDirectory networks;
    private readonly IOrganizationDirectory organizations;

    internal RegistrationLists(EventsDbContext db, TimeProvider time, INetworkPeople people, IPersonNames names, INetworkDirectory networks,
        IOrganizationDirectory organizations)
    {
        this.db = db;
        this.time = time;
        this.people = people;
        this.names = names;
        this.networks = networks;
        this.organizations = organizations;
    }

    public async Task<RegistrationPanelView?> PanelAsync(Guid eventId, Guid userId, CancellationToken ct)
    {
        var liveEvent = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, ct);
        if (liveEvent is null)
        {
            return null;
        }

        var mine = await db.Registrations.AsNoTracking().Where(r => r.EventId == eventId && r.UserId == userId)
            .Select(r => new { r.Status, r.RegisteredAt }).SingleOrDefaultAsync(ct);
        var waiting = await db.Registrations.CountAsync(r => r.EventId == eventId && r.Status == RegistrationStatus.Waitlisted, ct);
        int? position = mine?.Status == RegistrationStatus.Waitlisted
            ? await db.Registrations.CountAsync(r => r.EventId == eventId && r.Status == RegistrationStatus.Waitlisted && r.RegisteredAt < mine.RegisteredAt, ct) + 1
            : null;
        var roles = await people.ActiveMembersAsync(liveEvent.NetworkId, [userId], ct) is [var member, ..] ? member.Roles : NetworkRole.None;
        var organizer = EventLabels.IsOrganizer(roles);
        var referent = (roles & NetworkRole.TrainingReferent) != 0;
        return new RegistrationPanelView(eventId, liveEvent.Title, liveEvent.RegistrationMode, liveEvent.AcceptsRegistrations(time.GetUtcNow().UtcDateTime),
            mine?.Status, liveEvent.Capacity is { } capacity ? Math.Max(0, capacity - liveEvent.ConfirmedCount) : null, position, waiting, organizer, referent);
    }

    public async Task<RegistrantPage?> ListAsync(Guid eventId, RegistrationStatus? status, Guid? organizationId, int page, CancellationToken ct)
    {
        var liveEvent = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, ct);
        if (liveEvent is null)
        {
            return null;
        }

        var staff = await StaffMapAsync(liveEvent.NetworkId, organizationId, ct);
        var query = Scoped(eventId, organizationId, staff);
        var counts = await query.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        if (status is { } wanted)
        {
            query = query.Where(r => r.Status == wanted);
        }

        var total = await query.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var registrations = await query.OrderBy(r => r.Status).ThenBy(r => r.RegisteredAt).ThenBy(r => r.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        var rows = await RowsAsync(liveEvent.NetworkId, registrations, staff, ct);
        return new RegistrantPage(liveEvent.Title, liveEvent.Capacity, liveEvent.ConfirmedCount, counts, rows, page, pageCount, total);
    }

    /// <summary>Every registration as CSV the way Italian Excel opens it (UTF-8 with BOM, ';'); null when there is no such event.</summary>
    public async Task<byte[]?> CsvAsync(Guid eventId, Guid? organizationId, CancellationToken ct)
    {
        var liveEvent = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, ct);
        if (liveEvent is null)
        {
            return null;
        }

        var staff = await StaffMapAsync(liveEvent.NetworkId, organizationId, ct);
        var registrations = await Scoped(eventId, organizationId, staff).OrderBy(r => r.Status).ThenBy(r => r.RegisteredAt).ToListAsync(ct);
        var rows = await RowsAsync(liveEvent.NetworkId, registrations, staff, ct);
        var text = new StringBuilder("Nome;E-mail;Ente;Stato;Iscritto il\r\n");
        foreach (var row in rows)
        {
            text.AppendJoin(';', new[] { row.Name, row.Email ?? "", row.Organization ?? "", StatusLabel(row.Status),
                RomeTime.Of(row.RegisteredAt).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) }.Select(Field)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>The referent's staff with their registration for the event, by name.</summary>
    public async Task<IReadOnlyList<StaffChoice>> StaffAsync(Guid eventId, Guid organizationId, CancellationToken ct)
    {
        var liveEvent = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, ct);
        if (liveEvent is null)
        {
            return [];
        }

        var staff = await people.ListStaffAsync(liveEvent.NetworkId, [organizationId], ct);
        var ids = staff.Select(s => s.UserId).ToList();
        var statuses = await db.Registrations.AsNoTracking().Where(r => r.EventId == eventId && ids.Contains(r.UserId))
            .ToDictionaryAsync(r => r.UserId, r => r.Status, ct);
        return staff.Select(s => new StaffChoice(s.UserId, s.Name, statuses.TryGetValue(s.UserId, out var st) ? st : null)).ToList();
    }

    public static string StatusLabel(RegistrationStatus status) => status switch
    {
        RegistrationStatus.Pending => "In attesa di approvazione",
        RegistrationStatus.Confirmed => "Confermata",
        RegistrationStatus.Waitlisted => "In lista d'attesa",
        RegistrationStatus.Cancelled => "Annullata",
        _ => "Respinta",
    };

    private IQueryable<Registration> Scoped(Guid eventId, Guid? organizationId, Dictionary<Guid, NetworkPerson>? staff)
    {
        var query = db.Registrations.AsNoTracking().Where(r => r.EventId == eventId);
        if (organizationId is not null)
        {
            var ids = staff!.Keys.ToList();
            query = query.Where(r => ids.Contains(r.UserId));
        }

        return query;
    }

    /// <summary>People with their organization: the referent's staff, or everyone working for a member organization of the network.</summary>
    private async Task<Dictionary<Guid, NetworkPerson>?> StaffMapAsync(Guid networkId, Guid? organizationId, CancellationToken ct)
    {
        var organizationIds = organizationId is { } id ? [id]
            : (await networks.ListActiveMemberOrganizationsAsync(networkId, ct)).Select(o => o.Id).ToList();
        var staff = await people.ListStaffAsync(networkId, organizationIds, ct);
        return staff.GroupBy(p => p.UserId).ToDictionary(g => g.Key, g => g.First());
    }

    private async Task<List<RegistrantRow>> RowsAsync(Guid networkId, List<Registration> registrations, Dictionary<Guid, NetworkPerson>? staff,
        CancellationToken ct)
    {
        var ids = registrations.Select(r => r.UserId).Distinct().ToList();
        var personNames = await names.GetAsync(ids, ct);
        var emails = (await people.ActiveMembersAsync(networkId, ids, ct)).ToDictionary(m => m.UserId, m => m.Email);
        var organizationIds = staff?.Values.Where(p => p.OrganizationId is not null).Select(p => p.OrganizationId!.Value).Distinct() ?? [];
        var organizationNames = await organizations.GetManyAsync(organizationIds, ct);
        return registrations.Select(r =>
        {
            var person = staff?.GetValueOrDefault(r.UserId);
            var organization = person?.OrganizationId is { } o && organizationNames.TryGetValue(o, out var info) ? info.Name : null;
            return new RegistrantRow(r.Id, r.UserId, personNames.GetValueOrDefault(r.UserId) ?? "—", emails.GetValueOrDefault(r.UserId), organization, r.Status,
                r.RegisteredAt, r.RegisteredBy is not null);
        }).ToList();
    }

    /// <summary>A CSV field: quoted when needed, and a leading formula character neutralized so a spreadsheet shows it as text.</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
