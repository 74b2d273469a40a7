using Bottega.Platform.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bottega.Learning.Api;

/// <summary>The module's JSON API under the host's /api/v1 prefix; one file per resource.</summary>
internal static class LearningApi
{
    public static RouteGroupBuilder MapLearningApi(this IEndpointRouteBuilder endpoints)
    {
        var v1 = endpoints.MapGroup("/api/v1");
        var network = v1.MapGroup("/networks/{network}");
        network.MapGroup("/courses").WithTags("Courses").RequireRateLimiting(RateLimitPolicies.Public).MapCoursesApi();
        network.MapGroup("/paths").WithTags("Paths").RequireRateLimiting(RateLimitPolicies.Public).MapPathsApi();
        network.MapGroup("/members").WithTags("Members").RequireAuthorization(Bottega.Platform.Security.NetworkPolicies.Referent).MapMembersApi();
        v1.MapGroup("/me").WithTags("Me").RequireAuthorization().MapMeApi();
        return v1;
    }
}
