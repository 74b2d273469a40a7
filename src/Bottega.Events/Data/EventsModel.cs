using Bottega.Events.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Events.Data;

internal static class EventsModel
{
    public static void Apply(ModelBuilder b)
    {
        ArgumentNullException.ThrowIfNull(b);
        ApplyEvents(b);
        ApplyRegistrations(b);
        ApplyAttendance(b);
    }

    private static void ApplyEvents(ModelBuilder b)
    {
        b.Entity<LiveEvent>(e =>
        {
            e.ToTable("evt_events");
            // The calendar: a network's published events by start.
            e.HasIndex(x => new { x.NetworkId, x.Status, x.StartsAt });
            e.HasIndex(x => new { x.NetworkId, x.CourseId });
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Description).HasMaxLength(20000);
            e.Property(x => x.EngagementDetailPurpose).HasMaxLength(1000);
            e.Property(x => x.ConfirmedCount).IsConcurrencyToken();
        });
        b.Entity<EventSession>(e =>
        {
            e.ToTable("evt_sessions");
            e.HasIndex(x => new { x.EventId, x.Number });
            // Reminders look for sessions starting soon.
            e.HasIndex(x => x.StartsAt);
            e.HasIndex(x => x.ProviderMeetingId).IsUnique().HasFilter("\"ProviderMeetingId\" IS NOT NULL");
            e.Property(x => x.Title).HasMaxLength(200);
            e.Property(x => x.Place).HasMaxLength(500);
            e.Property(x => x.MeetingUrl).HasMaxLength(1000);
            e.Property(x => x.ProviderMeetingId).HasMaxLength(100);
            e.Property(x => x.Speakers).HasMaxLength(2000);
            e.Property(x => x.RecordingUrl).HasMaxLength(1000);
            e.Property(x => x.Hours).HasPrecision(6, 2);
        });
        b.Entity<EventAudience>(e =>
        {
            e.ToTable("evt_audiences");
            e.HasIndex(x => new { x.EventId, x.Kind, x.Value }).IsUnique();
            e.Property(x => x.Value).HasMaxLength(200);
        });
    }

    private static void ApplyRegistrations(ModelBuilder b)
    {
        b.Entity<Registration>(e =>
        {
            e.ToTable("evt_registrations");
            e.HasIndex(x => new { x.EventId, x.UserId }).IsUnique();
            // Lists by status, and the waiting list in order.
            e.HasIndex(x => new { x.EventId, x.Status, x.RegisteredAt });
            e.HasIndex(x => new { x.NetworkId, x.UserId, x.Status });
            e.HasIndex(x => x.JoinToken).IsUnique();
            e.Property(x => x.JoinToken).HasMaxLength(64);
        });
        b.Entity<ReminderDelivery>(e =>
        {
            e.ToTable("evt_reminders");
            e.HasIndex(x => new { x.RegistrationId, x.SessionId, x.Kind }).IsUnique();
        });
        b.Entity<CalendarFeed>(e =>
        {
            e.ToTable("evt_calendar_feeds");
            e.HasIndex(x => x.UserId).IsUnique();
            e.HasIndex(x => x.Token).IsUnique();
            e.Property(x => x.Token).HasMaxLength(64);
        });
    }

    private static void ApplyAttendance(ModelBuilder b)
    {
        b.Entity<SessionJoin>(e =>
        {
            e.ToTable("evt_session_joins");
            e.HasIndex(x => new { x.SessionId, x.UserId, x.JoinedAt });
        });
        b.Entity<Attendance>(e =>
        {
            e.ToTable("evt_attendances");
            e.HasIndex(x => new { x.SessionId, x.UserId }).IsUnique();
            e.HasIndex(x => new { x.NetworkId, x.UserId });
            e.HasIndex(x => new { x.EventId, x.UserId });
        });
        b.Entity<AttendanceImport>(e =>
        {
            e.ToTable("evt_attendance_imports");
            e.HasIndex(x => new { x.SessionId, x.ImportedAt });
            e.Property(x => x.Origin).HasMaxLength(300);
            e.Property(x => x.Problems).HasMaxLength(20000);
        });
        b.Entity<Feedback>(e =>
        {
            e.ToTable("evt_feedback");
            e.HasIndex(x => new { x.EventId, x.UserId }).IsUnique();
            e.Property(x => x.Comment).HasMaxLength(2000);
        });
    }
}
