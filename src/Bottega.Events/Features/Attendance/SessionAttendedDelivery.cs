using Bottega.Learning.Contracts;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Outbox;
using Bottega.Platform.Tenancy;

namespace Bottega.Events.Features.Attendance;

/// <summary>Adds an attended session's hours to the person's ledger and completes the linked course's live-session objects (both idempotent in Learning).</summary>
internal sealed class SessionAttendedDelivery(ITrainingHoursLedger ledger, INetworkDirectory networks, IServiceProvider scopedServices) : IOutboxHandler
{
    public string Type => SessionAttended.OutboxType;

    public async Task HandleAsync(string payload, CancellationToken cancellationToken)
    {
        var attended = SessionAttended.Read(payload);
        if (await networks.FindAsync(attended.NetworkId, cancellationToken) is { } network)
        {
            TenantScopes.Enter(scopedServices, new NetworkRef(network.Id, network.Slug, network.Name));
        }

        await ledger.RecordLiveSessionAsync(attended.UserId, attended.SessionId, attended.Day, attended.Hours, attended.Title, attended.NetworkId, cancellationToken);
        await ledger.RecordAttendanceAsync(attended.UserId, attended.SessionId, cancellationToken);
    }
}
