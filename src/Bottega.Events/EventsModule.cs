using Bottega.Events.Data;
using Bottega.Events.Features.Calendar;
using Bottega.Events.Features.Management;
using Bottega.Events.Features.Providers;
using Bottega.Events.Features.Providers.BigBlueButton;
using Bottega.Platform;
using Bottega.Platform.Hosting;
using Bottega.Platform.Jobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bottega.Events;

/// <summary>Live events: sessions, registration with capacity and waiting list, reminders and calendar feeds, meeting providers, attendance and engagement, feedback and certificates.</summary>
public static class EventsModule
{
    public static WebApplicationBuilder AddEvents(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddRazorPages().AddApplicationPart(typeof(EventsModule).Assembly);
        services.AddBottegaDbContext<EventsDbContext>();
        services.AddOptions<EventsOptions>().BindConfiguration(EventsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        AddManagementAndCalendar(services);
        AddProviders(services);
        AddRegistrations(builder);
        AddAttendancePart(services);
        return builder;
    }

    private static void AddManagementAndCalendar(IServiceCollection services)
    {
        services.AddFeature<EventAdministration>();
        services.AddFeature<OrganizerEvents>();
        services.AddFeature<EventCalendar>();
        services.AddScoped<Contracts.IGroupMeetings, GroupMeetings>();
    }

    private static void AddAttendancePart(IServiceCollection services)
    {
        services.AddScoped<Features.Attendance.IAttendanceRecorder, Features.Attendance.AttendanceRecorder>();
        services.AddScoped<Platform.Outbox.IOutboxHandler, Features.Attendance.SessionAttendedDelivery>();
        services.AddFeature<Features.Attendance.AttendanceImports>();
        services.AddFeature<Features.Attendance.SessionFigures>();
        services.AddFeature<Features.Attendance.EngagementDetail>();
        services.AddFeature<Features.Attendance.MyAttendance>();
        services.AddFeature<Features.Feedback.EventFeedback>();
        services.AddFeature<Features.Certificates.AttendanceCertificates>();
        services.AddScoped<Platform.Privacy.IPersonalDataContributor, Features.Privacy.EventsPersonalData>();
    }

    /// <summary>The module's endpoints outside Razor Pages (calendar feeds, provider callbacks).</summary>
    public static IEndpointRouteBuilder MapEvents(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapBigBlueButtonCallbacks();
        Features.Calendar.CalendarEndpoints.Map(endpoints);
        return endpoints;
    }

    /// <summary>Meeting providers: the BigBlueButton client and callbacks, personal join links, the organizer's meeting actions.</summary>
    private static void AddProviders(IServiceCollection services)
    {
        services.AddHttpClient<BigBlueButtonClient>(http =>
        {
            http.Timeout = TimeSpan.FromSeconds(15);
            http.MaxResponseContentBufferSize = 4 * 1024 * 1024;
        });
        services.AddScoped<MeetingRooms>();
        services.AddScoped<BigBlueButtonCallbacks>();
        services.AddFeature<PersonalJoin>();
        services.AddFeature<SessionMeetings>();
        services.AddFeature<JoinLinks>();
    }

    private static void AddRegistrations(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddMemoryCache();
        services.AddSingleton<Features.Registrations.EventMail>();
        services.AddFeature<Features.Registrations.Registrations>();
        services.AddScoped<ICapacityIncreased, Features.Registrations.PromoteOnCapacityIncrease>();
        services.AddFeature<Features.Registrations.RegistrationLists>();
        services.AddFeature<Features.Registrations.EventReminders>();
        services.AddFeature<Features.Calendar.CalendarFeeds>();
        var options = builder.Configuration.GetSection(EventsOptions.Section).Get<EventsOptions>() ?? new EventsOptions();
        services.AddScheduledJob<Jobs.SendEventRemindersJob>(Jobs.SendEventRemindersJob.Name, options.ReminderCron);
    }

    /// <summary>This module's tables, for the migrations context.</summary>
    public static void ApplyModel(ModelBuilder modelBuilder) => EventsModel.Apply(modelBuilder);
}
