using System.Text.Json;
using Bottega.Learning.Contracts;
using Bottega.Platform.Outbox;

namespace Bottega.Learning.Features.Progress;

/// <summary>Hands committed completions from the outbox to every module that listens to them.</summary>
internal sealed class CourseCompletedDelivery(IEnumerable<ICourseCompletionHandler> handlers) : IOutboxHandler
{
    public string Type => CourseCompleted.OutboxType;

    public async Task HandleAsync(string payload, CancellationToken cancellationToken)
    {
        var completed = JsonSerializer.Deserialize<CourseCompleted>(payload)
            ?? throw new InvalidOperationException("Empty course-completed message.");
        foreach (var handler in handlers)
        {
            await handler.HandleAsync(completed, cancellationToken);
        }
    }
}
