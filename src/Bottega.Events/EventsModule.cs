using Bottega.Events.Data;
using Bottega.Platform;
using Bottega.Platform.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
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
        AddAttendancePart(services);
        return builder;
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
        return endpoints;
    }

    /// <summary>This module's tables, for the migrations context.</summary>
    public static void ApplyModel(ModelBuilder modelBuilder) => EventsModel.Apply(modelBuilder);
}
