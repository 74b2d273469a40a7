using Bottega.Platform.Tenancy;
using Bottega.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Bottega.Community.Tests.Moderation;

/// <summary>A service scope working in one network, as a request to /reti/{slug}/… would (for services called outside HTTP).</summary>
internal static class TenantScope
{
    public static async Task<AsyncServiceScope> ForAsync(BottegaAppFactory factory, string slug)
    {
        var network = await factory.NetworkAsync(slug);
        var scope = factory.Services.CreateAsyncScope();
        var tenant = scope.ServiceProvider.GetRequiredService<ITenantContext>();
        // The tenant context is set by the platform's middleware; its setter is not public.
        tenant.GetType().GetProperty(nameof(ITenantContext.Network))!.SetValue(tenant, new NetworkRef(network.Id, network.Slug, network.Name));
        return scope;
    }
}
