using Bottega.Events.Features.Management;

namespace Bottega.Events.Features.Registrations;

/// <summary>More seats on a published event: the waiting list takes them, in order.</summary>
internal sealed class PromoteOnCapacityIncrease(Registrations registrations) : ICapacityIncreased
{
    public Task CapacityIncreasedAsync(Guid eventId, CancellationToken cancellationToken) => registrations.PromoteWaitingAsync(eventId, cancellationToken);
}
