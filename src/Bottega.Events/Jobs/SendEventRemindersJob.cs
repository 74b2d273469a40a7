using Bottega.Events.Features.Registrations;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Bottega.Events.Jobs;

/// <summary>Sends the event reminders that are due (see <see cref="EventReminders"/>).</summary>
internal sealed partial class SendEventRemindersJob(EventReminders reminders, TimeProvider time, ILogger<SendEventRemindersJob> logger) : IJob
{
    public const string Name = "events.send-reminders";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var sent = await reminders.SendDueAsync(time.GetUtcNow().UtcDateTime, cancellationToken);
        LogSent(sent);
    }

    [LoggerMessage(1, LogLevel.Information, "Event reminders sent: {Count}")]
    private partial void LogSent(int count);
}
