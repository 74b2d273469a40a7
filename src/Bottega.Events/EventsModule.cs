using Bottega.Events.Data;
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
        AddRegistrations(builder);
        return builder;
    }

    /// <summary>The module's endpoints outside Razor Pages (calendar feeds, provider callbacks).</summary>
    public static IEndpointRouteBuilder MapEvents(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        Features.Calendar.CalendarEndpoints.Map(endpoints);
        return endpoints;
    }

    private static void AddRegistrations(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddMemoryCache();
        services.AddSingleton<Features.Registrations.EventMail>();
        services.AddFeature<Features.Registrations.Registrations>();
        services.AddFeature<Features.Registrations.RegistrationLists>();
        services.AddFeature<Features.Registrations.EventReminders>();
        services.AddFeature<Features.Calendar.CalendarFeeds>();
        var options = builder.Configuration.GetSection(EventsOptions.Section).Get<EventsOptions>() ?? new EventsOptions();
        services.AddScheduledJob<Jobs.SendEventRemindersJob>(Jobs.SendEventRemindersJob.Name, options.ReminderCron);
    }

    /// <summary>This module's tables, for the migrations context.</summary>
    public static void ApplyModel(ModelBuilder modelBuilder) => EventsModel.Apply(modelBuilder);
}
