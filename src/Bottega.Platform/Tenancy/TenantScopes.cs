using Microsoft.Extensions.DependencyInjection;

namespace Bottega.Platform.Tenancy;

/// <summary>
/// Work outside a network's request (a job, a provider's callback, the demo seed) that acts in one network sets the
/// network of its own DI scope, so the tenant filter and the services that rely on it work as in a request.
/// </summary>
public static class TenantScopes
{
    public static void Enter(IServiceProvider scopedServices, NetworkRef network)
    {
        ArgumentNullException.ThrowIfNull(scopedServices);
        scopedServices.GetRequiredService<TenantContext>().Network = network;
    }
}
