using Bottega.Events.Domain;
using Bottega.Testing;

namespace Bottega.Events.Tests.Providers;

internal sealed record ArrangedEvent(Guid NetworkId, Guid EventId, Guid SessionId, string Token);

/// <summary>Puts a published event with one session and a person's registration straight into the database.</summary>
internal static class MeetingsArrange
{
    public static async Task<ArrangedEvent> EventAsync(BottegaAppFactory factory, string network, string registrant, MeetingProvider provider,
        DateTime startsAt, RegistrationStatus status = RegistrationStatus.Confirmed, string? meetingUrl = null, string? place = null, Guid? courseId = null)
    {
        var networkId = (await factory.NetworkAsync(network)).Id;
        var userId = await factory.UserIdAsync(registrant);
        var organizer = await factory.UserIdAsync(Bottega.Demo.DemoAccounts.TeacherOf(network));
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var liveEvent = LiveEvent.Create(networkId, EventKind.Webinar, "Webinar sul nuovo codice dei contratti", null, RegistrationMode.Open, 150, organizer, now);
        if (courseId is not null)
        {
            liveEvent.Update(EventKind.Webinar, liveEvent.Title, null, RegistrationMode.Open, 150, null, courseId, 75, null);
        }

        var session = EventSession.Create(networkId, liveEvent.Id, 1, null, startsAt, 90, place, provider, meetingUrl, "Docente", 1.5m);
        liveEvent.Schedule(session.StartsAt, session.EndsAt);
        liveEvent.Publish(now);
        var token = Guid.NewGuid().ToString("N");
        await using var db = factory.Open();
        db.Add(liveEvent);
        db.Add(session);
        db.Add(Registration.Create(networkId, liveEvent.Id, userId, status, null, token, now));
        await db.SaveChangesAsync();
        return new ArrangedEvent(networkId, liveEvent.Id, session.Id, token);
    }
}
