using Bottega.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;

namespace Bottega.Platform.Security;

internal sealed class NetworkRoleHandler(ITenantContext tenant, ICurrentUser user, ICurrentNetworkRoles roles) : AuthorizationHandler<NetworkRoleRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, NetworkRoleRequirement requirement)
    {
        if (tenant.NetworkId is null || user.Id is null)
        {
            return;
        }

        if ((await roles.GetAsync(CancellationToken.None) & requirement.AnyOf) != NetworkRole.None)
        {
            context.Succeed(requirement);
        }
    }
}
