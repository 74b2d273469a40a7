using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bottega.Platform.Tenancy;

/// <summary>Sets the tenant from the route value "network"; an unknown network is a 404 before any page runs.</summary>
internal sealed class TenantResolutionMiddleware(RequestDelegate next)
{
    public const string RouteKey = "network";

    public async Task InvokeAsync(HttpContext context, TenantContext tenant, INetworkResolver resolver)
    {
        if (context.GetRouteValue(RouteKey) is string slug && !string.IsNullOrWhiteSpace(slug))
        {
            var network = await resolver.FindBySlugAsync(slug, context.RequestAborted);
            if (network is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            tenant.Network = network;
        }

        await next(context);
    }
}
