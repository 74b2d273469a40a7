using Bottega.Organizations.Contracts;
using Bottega.Platform.Outbox;
using Bottega.Platform.Tenancy;

namespace Bottega.Library.Features.Extraction;

/// <summary>Extracts the text of an uploaded version in the background (idempotent: a version already extracted is left alone).</summary>
internal sealed class VersionUploadedDelivery(VersionTextExtraction extraction, INetworkDirectory networks, IServiceProvider scopedServices) : IOutboxHandler
{
    public string Type => VersionUploaded.OutboxType;

    public async Task HandleAsync(string payload, CancellationToken cancellationToken)
    {
        var uploaded = VersionUploaded.Read(payload);
        if (await networks.FindAsync(uploaded.NetworkId, cancellationToken) is { } network)
        {
            TenantScopes.Enter(scopedServices, new NetworkRef(network.Id, network.Slug, network.Name));
        }

        await extraction.RunAsync(uploaded.VersionId, cancellationToken);
    }
}
