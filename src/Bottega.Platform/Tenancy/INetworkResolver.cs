namespace Bottega.Platform.Tenancy;

/// <summary>Implemented by the module that owns networks.</summary>
public interface INetworkResolver
{
    Task<NetworkRef?> FindBySlugAsync(string slug, CancellationToken cancellationToken);
}
