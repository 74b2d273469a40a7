namespace Bottega.Platform.Data;

/// <summary>A context whose network-scoped entities are filtered to <see cref="CurrentNetworkId"/>.</summary>
public interface ITenantScopedContext
{
    Guid? CurrentNetworkId { get; }
}
