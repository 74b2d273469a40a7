namespace Bottega.Platform.Tenancy;

/// <summary>An entity that belongs to one network. Module contexts filter it to the current network.</summary>
public interface INetworkScoped
{
    Guid NetworkId { get; }
}
