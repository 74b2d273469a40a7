using System.Text.Json;
using Bottega.Events.Data;
using Bottega.Events.Domain;
using Bottega.Events.Features.Attendance;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Auditing;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bottega.Events.Features.Providers.BigBlueButton;

internal enum CallbackOutcome
{
    Done,
    Unauthorized,
    NotFound,
    Malformed,
}

/// <summary>
/// What the server's calls back do: the end of a meeting ends its session; the learning-analytics report becomes the
/// session's attendance. Both arrive outside any network's request, so the session is found across networks and its
/// network entered before the attendance is recorded.
/// </summary>
internal sealed class BigBlueButtonCallbacks(EventsDbContext db, TimeProvider time, IOptions<EventsOptions> options, INetworkDirectory networks,
    AuditTrail audit, IServiceProvider scopedServices)
{
    public async Task<CallbackOutcome> MeetingEndedAsync(string meetingId, string? checksum, CancellationToken cancellationToken)
    {
        var settings = options.Value.BigBlueButton;
        if (!settings.IsConfigured || !MeetingCallbacks.IsValidEnd(meetingId, checksum, settings.Secret!))
        {
            return CallbackOutcome.Unauthorized;
        }

        var session = await db.Sessions.IgnoreQueryFilters(["tenant"]).SingleOrDefaultAsync(s => s.ProviderMeetingId == meetingId, cancellationToken);
        if (session is null)
        {
            return CallbackOutcome.NotFound;
        }

        if (session.EndedAt is null)
        {
            session.Ended(time.GetUtcNow().UtcDateTime);
            audit.Record(db, session.NetworkId, "events.meeting.ended-by-server", nameof(EventSession), session.Id);
            await db.SaveChangesAsync(cancellationToken);
        }

        return CallbackOutcome.Done;
    }

    public bool IsAuthorizedAnalytics(string? authorization)
    {
        var settings = options.Value.BigBlueButton;
        return settings.IsConfigured && AnalyticsToken.IsValid(authorization, settings.Secret!, time.GetUtcNow());
    }

    /// <summary>Records the report's figures; the caller has checked the bearer token (<see cref="IsAuthorizedAnalytics"/>).</summary>
    public async Task<(CallbackOutcome Outcome, AttendanceImportResult? Result)> AnalyticsAsync(JsonElement payload, CancellationToken cancellationToken)
    {
        if (AnalyticsReportParser.Parse(payload) is not { } report)
        {
            return (CallbackOutcome.Malformed, null);
        }

        var session = await db.Sessions.IgnoreQueryFilters(["tenant"]).AsNoTracking()
            .Where(s => s.ProviderMeetingId == report.MeetingId).Select(s => new { s.Id, s.NetworkId }).SingleOrDefaultAsync(cancellationToken);
        var network = session is null ? null : await networks.FindAsync(session.NetworkId, cancellationToken);
        if (session is null || network is null)
        {
            return (CallbackOutcome.NotFound, null);
        }

        TenantScopes.Enter(scopedServices, new NetworkRef(network.Id, network.Slug, network.Name));
        var recorder = scopedServices.GetRequiredService<IAttendanceRecorder>();
        var result = await recorder.RecordAsync(session.Id, AttendanceSource.BigBlueButton, report.Rows, report.Malformed,
            "BigBlueButton " + (report.InternalMeetingId ?? report.MeetingId), null, cancellationToken);
        return (CallbackOutcome.Done, result);
    }
}
