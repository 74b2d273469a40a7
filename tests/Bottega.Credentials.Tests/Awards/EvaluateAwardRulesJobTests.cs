using Bottega.Credentials.Awards;
using Bottega.Credentials.Jobs;
using Bottega.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Quartz;
using Xunit;

namespace Bottega.Credentials.Tests.Awards;

public sealed class EvaluateAwardRulesJobTests(AwardsFixture app) : IClassFixture<AwardsFixture>
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task The_job_evaluates_every_active_rule_and_leaves_drafts_alone()
    {
        var active = await app.Factory.RuleAsync(Today, Today.AddMonths(6));
        var draft = await app.Factory.RuleAsync(Today, Today.AddMonths(6), activate: false);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var job = new EvaluateAwardRulesJob(scope.ServiceProvider.GetRequiredService<AwardEvaluation>(), NullLogger<EvaluateAwardRulesJob>.Instance);

        await job.Execute(null!, CancellationToken.None);

        Assert.Contains(await app.Factory.GrantsAsync(active), g => g.Level == "Oro");
        Assert.Empty(await app.Factory.StandingsAsync(draft));
    }

    [Fact]
    public async Task With_jobs_disabled_the_scheduler_is_not_started()
    {
        var scheduler = await app.Factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.NotEqual(SchedulerStatus.Running, scheduler.Status);
    }

    [Fact]
    public async Task With_jobs_enabled_the_evaluation_is_scheduled()
    {
        var (factory, database) = await AppFixture.IsolatedAsync(f => f.With("Jobs:Enabled", "true"));
        await using (database)
        await using (factory)
        {
            var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
            Assert.True(await scheduler.Exists(new JobKey(EvaluateAwardRulesJob.Name, "bottega")));
            // The hosted service starts the scheduler once the application has started, in the background.
            for (var i = 0; i < 100 && scheduler.Status != SchedulerStatus.Running; i++)
            {
                await Task.Delay(100);
            }

            Assert.Equal(SchedulerStatus.Running, scheduler.Status);
        }
    }
}
