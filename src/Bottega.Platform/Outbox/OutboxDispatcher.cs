using Bottega.Platform.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bottega.Platform.Outbox;

/// <summary>Delivers committed outbox messages to their handlers, oldest first, each in its own scope.</summary>
public sealed partial class OutboxDispatcher(IServiceScopeFactory scopes, IOptions<OutboxOptions> options, TimeProvider time, ILogger<OutboxDispatcher> logger)
{
    private const int BatchSize = 50;

    /// <summary>Delivers what is pending now; returns how many messages were delivered.</summary>
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        while (true)
        {
            var batch = await DispatchBatchAsync(cancellationToken);
            delivered += batch.Delivered;
            if (batch.Read < BatchSize)
            {
                return delivered;
            }
        }
    }

    private async Task<(int Read, int Delivered)> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AuditDbContext>();
        var maxAttempts = options.Value.MaxAttempts;
        var messages = await db.Set<OutboxMessage>().Where(m => m.ProcessedAt == null && m.Attempts < maxAttempts)
            .OrderBy(m => m.CreatedAt).Take(BatchSize).ToListAsync(cancellationToken);
        var delivered = 0;
        foreach (var message in messages)
        {
            try
            {
                await using var handlerScope = scopes.CreateAsyncScope();
                foreach (var handler in handlerScope.ServiceProvider.GetServices<IOutboxHandler>().Where(h => h.Type == message.Type))
                {
                    await handler.HandleAsync(message.Payload, cancellationToken);
                }

                message.Processed(time.GetUtcNow().UtcDateTime);
                delivered++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailure(logger, exception, message.Type, message.Id);
                message.Failed(exception.GetType().Name + ": " + exception.Message);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return (messages.Count, delivered);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {Type} {Id} failed")]
    private static partial void LogFailure(ILogger logger, Exception exception, string type, Guid id);
}
