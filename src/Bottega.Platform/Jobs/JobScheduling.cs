using Bottega.Platform.Localization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Bottega.Platform.Jobs;

/// <summary>
/// Quartz.NET with the in-memory store: schedules are code and configuration, so nothing needs to survive a restart
/// (a missed hourly run is simply the next one). The store is per node, so with several nodes each runs every job:
/// jobs must be idempotent (unique rows decide what happened once), which every Bottega job is. A persistent
/// clustered store can replace this without touching the jobs.
/// </summary>
public static class JobScheduling
{
    internal static void AddJobs(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobsOptions>().Bind(configuration.GetSection(JobsOptions.Section));
        services.AddQuartz(q => q.UseInMemoryStore());
        if (configuration.GetSection(JobsOptions.Section).Get<JobsOptions>()?.Enabled ?? true)
        {
            services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        }
    }

    /// <summary>Schedules a module's job on a cron expression (Quartz syntax, seconds first, Italian time).</summary>
    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services, string name, string cron)
        where TJob : IJob
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cron);
        // AddQuartz adds to the one default scheduler each time it is called, so every module schedules its own jobs.
        return services.AddQuartz(q => q.ScheduleJob<TJob>(
            t => t.WithIdentity(name, "bottega").WithCronSchedule(cron, c => c.InTimeZone(RomeTime.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing)),
            j => j.WithIdentity(name, "bottega").DisallowConcurrentExecution()));
    }

}
