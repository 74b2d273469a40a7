using Bottega.Community.Features.Notifications;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Bottega.Community.Jobs;

/// <summary>Sends the community digests that are due (see <see cref="DigestSender"/>).</summary>
internal sealed partial class SendDigestsJob(DigestSender digests, TimeProvider time, ILogger<SendDigestsJob> logger) : IJob
{
    public const string Name = "community.send-digests";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var sent = await digests.SendDueAsync(time.GetUtcNow(), cancellationToken);
        LogSent(sent);
    }

    [LoggerMessage(1, LogLevel.Information, "Community digests sent: {Count}")]
    private partial void LogSent(int count);
}
