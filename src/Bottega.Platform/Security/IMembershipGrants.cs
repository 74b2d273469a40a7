namespace Bottega.Platform.Security;

/// <summary>Implemented by the module that owns memberships; lets the networks module make a founder its first admin.</summary>
public interface IMembershipGrants
{
    Task GrantAsync(Guid networkId, Guid userId, NetworkRole roles, CancellationToken cancellationToken);
}
