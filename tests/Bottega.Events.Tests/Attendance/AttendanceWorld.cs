using System.Text;
using Bottega.Events.Domain;
using Bottega.Identity.Domain;
using Bottega.Platform.Security;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Events.Tests.Attendance;

internal sealed record Person(Guid Id, string Email, string Name);

internal sealed record TestSession(string Slug, Guid NetworkId, Guid EventId, Guid SessionId)
{
    public string PresenzeUrl => $"/reti/{Slug}/eventi/gestione/{EventId}/sessioni/{SessionId}/presenze";

    public string FeedbackUrl => $"/reti/{Slug}/eventi/{EventId}/feedback";

    public string ResultsUrl => $"/reti/{Slug}/eventi/gestione/{EventId}/feedback";

    public string CertificateUrl => $"/reti/{Slug}/eventi/{EventId}/attestato";
}

/// <summary>Arranges events, sessions and registrations straight in the database, and reads what the import wrote.</summary>
internal static class AttendanceWorld
{
    /// <summary>Active plain members of the network (no organizer role), by e-mail.</summary>
    public static Task<List<Person>> MembersAsync(BottegaAppFactory factory, string slug, int count) =>
        factory.QueryAsync(async db =>
        {
            var network = await factory.NetworkAsync(slug);
            return await db.Set<NetworkMembership>().IgnoreQueryFilters()
                .Where(m => m.NetworkId == network.Id && m.Status == MembershipStatus.Active && m.Roles == NetworkRole.Member)
                .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.Email, u.GivenName, u.FamilyName })
                .OrderBy(u => u.Email).Take(count)
                .Select(u => new Person(u.Id, u.Email!, u.GivenName + " " + u.FamilyName)).ToListAsync();
        });

    public static async Task<TestSession> EventAsync(BottegaAppFactory factory, string slug, DateTime startsAtUtc, IEnumerable<Person> confirmed,
        int durationMinutes = 60, decimal hours = 1.5m, MeetingProvider provider = MeetingProvider.External, string? purpose = null, int threshold = 75,
        string title = "Webinar sul nuovo codice degli appalti")
    {
        var network = await factory.NetworkAsync(slug);
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        await using var db = factory.Open();
        var liveEvent = LiveEvent.Create(network.Id, EventKind.Webinar, title, null, RegistrationMode.Open, 150, Guid.NewGuid(), now);
        liveEvent.Update(EventKind.Webinar, title, null, RegistrationMode.Open, 150, null, null, threshold, purpose);
        liveEvent.Publish(now);
        liveEvent.Schedule(startsAtUtc, startsAtUtc.AddMinutes(durationMinutes));
        var session = EventSession.Create(network.Id, liveEvent.Id, 1, null, startsAtUtc, durationMinutes, provider == MeetingProvider.None ? "Sala consiliare" : null,
            provider, provider == MeetingProvider.External ? "https://meet.example.it/x" : null, null, hours);
        db.AddRange(liveEvent, session);
        foreach (var person in confirmed)
        {
            db.Add(Registration.Create(network.Id, liveEvent.Id, person.Id, RegistrationStatus.Confirmed, null, Guid.NewGuid().ToString("N"), now));
            liveEvent.SeatTaken();
        }

        await db.SaveChangesAsync();
        return new TestSession(slug, network.Id, liveEvent.Id, session.Id);
    }

    public static Task<List<Domain.Attendance>> AttendanceAsync(BottegaAppFactory factory, Guid sessionId) =>
        factory.QueryAsync(db => db.Set<Domain.Attendance>().IgnoreQueryFilters().AsNoTracking().Where(a => a.SessionId == sessionId).ToListAsync());

    public static Task<int> HoursEntriesAsync(BottegaAppFactory factory, Guid sessionId) =>
        factory.QueryAsync(db => db.Set<Learning.Domain.HoursEntry>().CountAsync(h => h.SourceId == sessionId && h.Source == Learning.Domain.HoursSource.LiveSession));

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, TestSession session, string csv, bool bom = false, string fileName = "presenze.csv")
    {
        var bytes = Encoding.UTF8.GetBytes(csv);
        if (bom)
        {
            bytes = [.. Encoding.UTF8.GetPreamble(), .. bytes];
        }

        return await client.PostFileFormAsync(session.PresenzeUrl, session.PresenzeUrl + "?handler=Import", new Dictionary<string, string>(), "file", fileName, bytes);
    }

    /// <summary>Uploads and returns the page shown after the redirect (with the import's result).</summary>
    public static async Task<string> ImportAsync(HttpClient client, TestSession session, string csv, bool bom = false)
    {
        var response = await UploadAsync(client, session, csv, bom);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Upload answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        return await client.GetStringAsync(new Uri(session.PresenzeUrl, UriKind.Relative));
    }
}
