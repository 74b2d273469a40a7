namespace Bottega.Events.Features.Management;

/// <summary>
/// Told when a published event gets more seats, so the waiting list moves up (registration's
/// <c>Registrations.PromoteWaitingAsync(eventId)</c> implements it). With no implementation registered the capacity
/// simply grows.
/// </summary>
internal interface ICapacityIncreased
{
    Task CapacityIncreasedAsync(Guid eventId, CancellationToken cancellationToken);
}
