using Bottega.Events.Domain;
using Bottega.Platform.Data;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Events.Data;

internal sealed class EventsDbContext(DbContextOptions<EventsDbContext> options, ITenantContext tenant) : BottegaDbContext(options, tenant)
{
    public DbSet<LiveEvent> Events => Set<LiveEvent>();

    public DbSet<EventSession> Sessions => Set<EventSession>();

    public DbSet<EventAudience> Audiences => Set<EventAudience>();

    public DbSet<Registration> Registrations => Set<Registration>();

    public DbSet<SessionJoin> Joins => Set<SessionJoin>();

    public DbSet<Attendance> Attendances => Set<Attendance>();

    public DbSet<AttendanceImport> Imports => Set<AttendanceImport>();

    public DbSet<ReminderDelivery> Reminders => Set<ReminderDelivery>();

    public DbSet<Feedback> Feedback => Set<Feedback>();

    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) => EventsModel.Apply(modelBuilder);
}
