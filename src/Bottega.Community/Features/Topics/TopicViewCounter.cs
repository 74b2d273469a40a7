using System.Collections.Concurrent;
using System.Data.Common;
using Bottega.Community.Data;
using Bottega.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bottega.Community.Features.Topics;

/// <summary>
/// Counts topic views in memory and adds them to the topics every few seconds. Writing the count on every view made
/// every reader of a popular topic wait for the same row lock; a view count lost in a crash does not matter.
/// </summary>
internal sealed partial class TopicViewCounter(IServiceScopeFactory scopes, ILogger<TopicViewCounter> logger) : BackgroundService
{
    private static readonly TimeSpan FlushEvery = TimeSpan.FromSeconds(10);
    private readonly ConcurrentDictionary<Guid, int> pending = new();

    public void Record(Guid topicId) => pending.AddOrUpdate(topicId, 1, (_, n) => n + 1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(FlushEvery, stoppingToken);
                try
                {
                    await FlushAsync(stoppingToken);
                }
                catch (Exception e) when (e is DbException or DbUpdateException or InvalidOperationException or TimeoutException)
                {
                    // The counts of that round are lost; the pages keep working.
                    LogFlushFailed(e);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping: the last counts are written if the database is still there.
            try
            {
                await FlushAsync(CancellationToken.None);
            }
            catch (Exception e) when (e is DbException or DbUpdateException or InvalidOperationException or ObjectDisposedException)
            {
                LogFlushFailed(e);
            }
        }
    }

    /// <summary>Adds the views counted so far to their topics.</summary>
    public async Task FlushAsync(CancellationToken ct)
    {
        if (pending.IsEmpty)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        foreach (var topicId in pending.Keys)
        {
            if (pending.TryRemove(topicId, out var views) && views > 0)
            {
                await db.Topics.IgnoreQueryFilters([BottegaModel.TenantFilter]).Where(t => t.Id == topicId)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.ViewCount, t => t.ViewCount + views), ct);
            }
        }
    }

    [LoggerMessage(1, LogLevel.Warning, "Topic view counts could not be saved")]
    private partial void LogFlushFailed(Exception exception);
}
