using Bottega.Platform.Hosting;
using Bottega.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Caching.Memory;

namespace Bottega.Events.Features.Calendar;

/// <summary>
/// The anonymous .ics feeds calendar apps poll: the personal one behind its secret token and a network's public one,
/// which is the same for everyone and kept in memory for a few minutes.
/// </summary>
internal static class CalendarEndpoints
{
    private const string ContentType = "text/calendar; charset=utf-8";
    private static readonly TimeSpan PublicLifetime = TimeSpan.FromMinutes(5);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/calendario/{token}.ics", PersonalAsync).AllowAnonymous().RequireRateLimiting(RateLimitPolicies.Public).ExcludeFromDescription();
        endpoints.MapGet("/reti/{network}/eventi/calendario.ics", PublicAsync).AllowAnonymous().RequireRateLimiting(RateLimitPolicies.Public).ExcludeFromDescription();
    }

    private static async Task<IResult> PersonalAsync(string token, CalendarFeeds feeds, HttpContext context, CancellationToken ct)
    {
        var ics = await feeds.PersonalAsync(token, ct);
        if (ics is null)
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "private, no-store";
        return Results.Text(ics, ContentType);
    }

    private static async Task<IResult> PublicAsync(ITenantContext tenant, CalendarFeeds feeds, IMemoryCache cache, HttpContext context, CancellationToken ct)
    {
        if (tenant.Network is not { } network)
        {
            return Results.NotFound();
        }

        var ics = await cache.GetOrCreateAsync(("events.public-feed", network.Id), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = PublicLifetime;
            return feeds.PublicAsync(network.Id, network.Name, ct);
        }) ?? "";
        context.Response.Headers.CacheControl = $"public, max-age={(int)PublicLifetime.TotalSeconds}";
        return Results.Text(ics, ContentType);
    }
}
