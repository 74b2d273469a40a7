using Bottega.Events.Domain;
using Bottega.Events.Features.Registrations;
using Bottega.Identity.Domain;
using Bottega.Organizations.Domain;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Bottega.Events.Tests.Registrations;

/// <summary>Arranges events straight in the database and calls the registration service as the demo seed and jobs do.</summary>
internal static class RegistrationArrange
{
    public const string Network = "rup-italia";

    public static DateTime Now => TimeProvider.System.GetUtcNow().UtcDateTime;

    public static async Task<LiveEvent> EventAsync(this BottegaAppFactory factory, string slug = Network, int? capacity = 3,
        RegistrationMode mode = RegistrationMode.Open, DateTime? startsAt = null, MeetingProvider provider = MeetingProvider.External,
        IReadOnlyList<(AudienceKind Kind, string Value)>? audience = null, int sessions = 1)
    {
        var network = await factory.NetworkAsync(slug);
        var admin = await factory.UserIdAsync($"admin.{slug}@bottega.demo");
        var liveEvent = LiveEvent.Create(network.Id, EventKind.Webinar, "Webinar sul nuovo codice " + Guid.NewGuid().ToString("N")[..6], "Descrizione",
            mode, capacity, admin, Now);
        var start = startsAt ?? Now.AddDays(10);
        var rows = new List<object> { liveEvent };
        for (var i = 0; i < sessions; i++)
        {
            rows.Add(EventSession.Create(network.Id, liveEvent.Id, i + 1, null, start.AddDays(7 * i), 90,
                provider == MeetingProvider.None ? "Sala consiliare, Via Roma 1" : null, provider,
                provider == MeetingProvider.External ? "https://meet.example.org/segreto-della-riunione" : null, null, 1.5m));
        }

        liveEvent.Schedule(start, start.AddDays(7 * (sessions - 1)).AddMinutes(90));
        liveEvent.Publish(Now);
        rows.AddRange((audience ?? []).Select(a => EventAudience.Create(network.Id, liveEvent.Id, a.Kind, a.Value)));
        await using var db = factory.Open();
        db.AddRange(rows);
        await db.SaveChangesAsync();
        return liveEvent;
    }

    /// <summary>Active plain members (no other role) of the network, optionally of one organization, by e-mail.</summary>
    public static Task<List<(Guid Id, string Email, Guid? OrganizationId)>> MembersAsync(this BottegaAppFactory factory, string slug, int count,
        Func<Guid?, bool>? organization = null) =>
        factory.QueryAsync(async db =>
        {
            var network = await db.Set<Network>().SingleAsync(n => n.Slug == slug);
            var rows = await db.Set<NetworkMembership>().IgnoreQueryFilters().AsNoTracking()
                .Where(m => m.NetworkId == network.Id && m.Status == MembershipStatus.Active && m.Roles == NetworkRole.Member)
                .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.Email, m.OrganizationId })
                .OrderBy(x => x.Email).ToListAsync();
            return rows.Where(r => organization?.Invoke(r.OrganizationId) ?? true).Take(count).Select(r => (r.Id, r.Email!, r.OrganizationId)).ToList();
        });

    public static Task<Guid> ReferentOrganizationAsync(this BottegaAppFactory factory, string slug) =>
        factory.QueryAsync(async db =>
        {
            var network = await db.Set<Network>().SingleAsync(n => n.Slug == slug);
            var email = $"REFERENTE.{slug.ToUpperInvariant()}@BOTTEGA.DEMO";
            var user = await db.Users.SingleAsync(u => u.NormalizedEmail == email);
            return (await db.Set<NetworkMembership>().IgnoreQueryFilters().SingleAsync(m => m.NetworkId == network.Id && m.UserId == user.Id))
                .ReferentOfOrganizationId!.Value;
        });

    /// <summary>Runs the registration service in a scope of the network, as the demo seed does.</summary>
    public static async Task<T> InNetworkAsync<T>(this BottegaAppFactory factory, Func<Features.Registrations.Registrations, Task<T>> action, string slug = Network)
    {
        var network = await factory.NetworkAsync(slug);
        await using var scope = factory.Services.CreateAsyncScope();
        TenantScopes.Enter(scope.ServiceProvider, new NetworkRef(network.Id, network.Slug, network.Name));
        return await action(scope.ServiceProvider.GetRequiredService<Features.Registrations.Registrations>());
    }

    public static Task<RegistrationOutcome> RegisterAsync(this BottegaAppFactory factory, Guid eventId, Guid personId, Guid? actorId = null, string slug = Network) =>
        factory.InNetworkAsync(r => r.RegisterAsync(eventId, personId, actorId ?? personId, CancellationToken.None), slug);

    public static Task<RegistrationOutcome> CancelAsync(this BottegaAppFactory factory, Guid eventId, Guid personId, Guid? actorId = null) =>
        factory.InNetworkAsync(r => r.CancelAsync(eventId, personId, actorId ?? personId, CancellationToken.None));

    public static Task<List<Registration>> RegistrationsAsync(this BottegaAppFactory factory, Guid eventId) =>
        factory.QueryAsync(db => db.Set<Registration>().IgnoreQueryFilters().AsNoTracking().Where(r => r.EventId == eventId).ToListAsync());

    public static Task<LiveEvent> ReloadAsync(this BottegaAppFactory factory, Guid eventId) =>
        factory.QueryAsync(db => db.Set<LiveEvent>().IgnoreQueryFilters().AsNoTracking().SingleAsync(e => e.Id == eventId));

    /// <summary>The e-mails in the pickup folder sent to <paramref name="to"/>.</summary>
    public static List<MimeMessage> MailsTo(this BottegaAppFactory factory, string to)
    {
        if (!Directory.Exists(factory.MailFolder))
        {
            return [];
        }

        return Directory.GetFiles(factory.MailFolder, "*.eml").Select(f => MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, to, StringComparison.OrdinalIgnoreCase))).ToList();
    }
}
