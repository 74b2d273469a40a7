using Microsoft.AspNetCore.Authorization;

namespace Bottega.Platform.Security;

/// <summary>Satisfied when the user holds any of <see cref="AnyOf"/> in the request's network.</summary>
public sealed class NetworkRoleRequirement(NetworkRole anyOf) : IAuthorizationRequirement
{
    public NetworkRole AnyOf { get; } = anyOf;
}
