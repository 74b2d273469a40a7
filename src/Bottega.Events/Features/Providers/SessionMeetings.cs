using Bottega.Events.Data;
using Bottega.Events.Domain;
using Bottega.Learning.Contracts;
using Bottega.Platform.Auditing;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Events.Features.Providers;

public sealed record SessionMeetingView(Guid EventId, string EventTitle, Guid SessionId, int Number, string? Title, DateTime StartsAt, DateTime EndsAt,
    MeetingProvider Provider, string? MeetingUrl, string? ProviderMeetingId, DateTime? EndedAt, string? RecordingUrl, bool HasCourse,
    bool BigBlueButtonConfigured);

/// <summary>An organizer's action on a meeting: done, or the reason (an Italian sentence for the page, with the server's message key).</summary>
public sealed record MeetingActionResult(bool Succeeded, string? Error = null, string? Detail = null, string? RedirectUrl = null)
{
    public static MeetingActionResult Ok(string? redirectUrl = null) => new(true, RedirectUrl: redirectUrl);

    public static MeetingActionResult Failed(string error, string? detail = null) => new(false, error, detail);
}

/// <summary>
/// The organizer's side of a session's meeting (page <c>…/sessioni/{sessionId}/riunione</c>): start or join as
/// moderator, is it running, end it, its recording (from BigBlueButton or pasted for an external provider), which goes
/// to the linked course. Every change is audited.
/// </summary>
public sealed class SessionMeetings
{
    internal const string NotBigBlueButton = "La sessione non usa BigBlueButton.";
    internal const string ServerProblem = "Il server BigBlueButton non ha eseguito la richiesta.";

    private readonly EventsDbContext db;
    private readonly TimeProvider time;
    private readonly ITenantContext tenant;
    private readonly AuditTrail audit;
    private readonly IPersonNames names;
    private readonly ILiveSessionObjects liveObjects;
    private readonly MeetingRooms rooms;

    internal SessionMeetings(EventsDbContext db, TimeProvider time, ITenantContext tenant, AuditTrail audit, IPersonNames names, ILiveSessionObjects liveObjects,
        MeetingRooms rooms)
    {
        this.db = db;
        this.time = time;
        this.tenant = tenant;
        this.audit = audit;
        this.names = names;
        this.liveObjects = liveObjects;
        this.rooms = rooms;
    }

    public async Task<SessionMeetingView?> GetAsync(Guid eventId, Guid sessionId, CancellationToken cancellationToken)
    {
        var found = await FindAsync(eventId, sessionId, cancellationToken);
        if (found is not { } f)
        {
            return null;
        }

        var (e, s) = (f.Event, f.Session);
        return new SessionMeetingView(e.Id, e.Title, s.Id, s.Number, s.Title, s.StartsAt, s.EndsAt, s.Provider, s.MeetingUrl, s.ProviderMeetingId, s.EndedAt,
            s.RecordingUrl, e.CourseId is not null, rooms.IsConfigured);
    }

    /// <summary>Whether the meeting is running now; null when the session has no meeting yet.</summary>
    public async Task<(MeetingActionResult Result, bool? Running)> IsRunningAsync(Guid eventId, Guid sessionId, CancellationToken cancellationToken)
    {
        if (await FindAsync(eventId, sessionId, cancellationToken) is not { } f || f.Session.Provider != MeetingProvider.BigBlueButton)
        {
            return (MeetingActionResult.Failed(NotBigBlueButton), null);
        }

        if (f.Session.ProviderMeetingId is null)
        {
            return (MeetingActionResult.Ok(), false);
        }

        var running = await rooms.IsRunningAsync(f.Session.ProviderMeetingId, cancellationToken);
        return running.Succeeded ? (MeetingActionResult.Ok(), running.Value) : (MeetingActionResult.Failed(ServerProblem, running.MessageKey), null);
    }

    /// <summary>Creates the meeting if needed and gives the moderator's join URL (or the external meeting's URL).</summary>
    public async Task<MeetingActionResult> StartAsync(Guid eventId, Guid sessionId, Guid userId, CancellationToken cancellationToken)
    {
        if (await FindAsync(eventId, sessionId, cancellationToken) is not { } f || f.Session.Provider == MeetingProvider.None)
        {
            return MeetingActionResult.Failed("La sessione è in presenza: non ha una riunione online.");
        }

        var (liveEvent, session) = f;
        string url;
        if (session.Provider == MeetingProvider.External)
        {
            if (session.MeetingUrl is null)
            {
                return MeetingActionResult.Failed("La sessione non ha ancora il link della riunione.");
            }

            url = session.MeetingUrl;
        }
        else
        {
            if (!rooms.IsConfigured)
            {
                return MeetingActionResult.Failed("BigBlueButton non è configurato in questa installazione.");
            }

            var count = await db.Sessions.CountAsync(s => s.EventId == eventId, cancellationToken);
            var meeting = await rooms.EnsureAsync(liveEvent, session, count, tenant.Network!.Slug, cancellationToken);
            if (!meeting.Succeeded)
            {
                return MeetingActionResult.Failed(ServerProblem, meeting.MessageKey);
            }

            var fullName = (await names.GetAsync([userId], cancellationToken)).GetValueOrDefault(userId) ?? "Organizzatore";
            url = rooms.JoinUrl(meeting.Value!, fullName, moderator: true, userId);
        }

        db.Joins.Add(SessionJoin.Create(session.NetworkId, session.Id, userId, asModerator: true, time.GetUtcNow().UtcDateTime));
        audit.Record(db, session.NetworkId, "events.meeting.started", nameof(EventSession), session.Id, session.ProviderMeetingId);
        await db.SaveChangesAsync(cancellationToken);
        return MeetingActionResult.Ok(url);
    }

    /// <summary>Ends the meeting for everyone and marks the session ended (also when the server no longer knows the meeting).</summary>
    public async Task<MeetingActionResult> EndAsync(Guid eventId, Guid sessionId, CancellationToken cancellationToken)
    {
        if (await FindAsync(eventId, sessionId, cancellationToken) is not { } f || f.Session.Provider == MeetingProvider.None)
        {
            return MeetingActionResult.Failed("La sessione è in presenza: non ha una riunione online.");
        }

        var session = f.Session;
        if (session.Provider == MeetingProvider.BigBlueButton && session.ProviderMeetingId is { } meetingId)
        {
            var ended = await rooms.EndAsync(meetingId, cancellationToken);
            if (!ended.Succeeded && ended.MessageKey != "notFound")
            {
                return MeetingActionResult.Failed(ServerProblem, ended.MessageKey);
            }
        }

        session.Ended(time.GetUtcNow().UtcDateTime);
        audit.Record(db, session.NetworkId, "events.meeting.ended", nameof(EventSession), session.Id);
        await db.SaveChangesAsync(cancellationToken);
        return MeetingActionResult.Ok();
    }

    /// <summary>Asks BigBlueButton for the session's recording, stores its playback URL and attaches it to the linked course.</summary>
    public async Task<MeetingActionResult> FetchRecordingAsync(Guid eventId, Guid sessionId, CancellationToken cancellationToken)
    {
        if (await FindAsync(eventId, sessionId, cancellationToken) is not { } f || f.Session.Provider != MeetingProvider.BigBlueButton)
        {
            return MeetingActionResult.Failed(NotBigBlueButton);
        }

        if (f.Session.ProviderMeetingId is not { } meetingId)
        {
            return MeetingActionResult.Failed("La riunione non è ancora stata avviata.");
        }

        var recordings = await rooms.RecordingsAsync(meetingId, cancellationToken);
        if (!recordings.Succeeded)
        {
            return MeetingActionResult.Failed(ServerProblem, recordings.MessageKey);
        }

        var recording = recordings.Value!.Where(r => r.Published).OrderByDescending(r => r.StartedAt).FirstOrDefault();
        if (recording is null)
        {
            return MeetingActionResult.Failed("Non c'è ancora una registrazione pubblicata: riprova più tardi.");
        }

        await SaveRecordingAsync(f.Event, f.Session, recording.PlaybackUrl, recording.Minutes > 0 ? recording.Minutes : f.Session.DurationMinutes,
            "events.meeting.recording-fetched", cancellationToken);
        return MeetingActionResult.Ok();
    }

    /// <summary>The recording of an external provider's session, pasted by the organizer (an http or https address).</summary>
    public async Task<MeetingActionResult> SetRecordingUrlAsync(Guid eventId, Guid sessionId, string? url, CancellationToken cancellationToken)
    {
        if (await FindAsync(eventId, sessionId, cancellationToken) is not { } f)
        {
            return MeetingActionResult.Failed("Sessione non trovata.");
        }

        url = url?.Trim();
        if (string.IsNullOrEmpty(url) || url.Length > 1000 || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return MeetingActionResult.Failed("Indica l'indirizzo completo della registrazione (https://…).");
        }

        await SaveRecordingAsync(f.Event, f.Session, url, f.Session.DurationMinutes, "events.meeting.recording-set", cancellationToken);
        return MeetingActionResult.Ok();
    }

    private async Task SaveRecordingAsync(LiveEvent liveEvent, EventSession session, string url, int minutes, string action, CancellationToken cancellationToken)
    {
        session.RecordingAvailable(url);
        audit.Record(db, session.NetworkId, action, nameof(EventSession), session.Id, url);
        await db.SaveChangesAsync(cancellationToken);
        if (liveEvent.CourseId is { } courseId)
        {
            var title = session.Title is null ? $"Registrazione: {liveEvent.Title}" : $"Registrazione: {liveEvent.Title} — {session.Title}";
            await liveObjects.AttachRecordingAsync(courseId, session.Id, title, url, minutes, cancellationToken);
        }
    }

    private async Task<(LiveEvent Event, EventSession Session)?> FindAsync(Guid eventId, Guid sessionId, CancellationToken cancellationToken)
    {
        var liveEvent = await db.Events.AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, cancellationToken);
        var session = liveEvent is null ? null : await db.Sessions.SingleOrDefaultAsync(s => s.Id == sessionId && s.EventId == eventId, cancellationToken);
        return session is null ? null : (liveEvent!, session);
    }
}
