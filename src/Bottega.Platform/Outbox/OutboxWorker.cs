using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bottega.Platform.Outbox;

/// <summary>Polls the outbox on every node; handlers are idempotent, so two nodes delivering the same message is harmless.</summary>
internal sealed partial class OutboxWorker(OutboxDispatcher dispatcher, IOptions<OutboxOptions> options, TimeProvider time, ILogger<OutboxWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var period = TimeSpan.FromMilliseconds(options.Value.PollMilliseconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await dispatcher.DispatchPendingAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogPollFailure(logger, exception);
            }

            try
            {
                await Task.Delay(period, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox poll failed; retrying")]
    private static partial void LogPollFailure(ILogger logger, Exception exception);
}
