using Bottega.Learning.Features.Paths;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Bottega.Learning.Api;

/// <summary>The network's published learning paths with their hours, public.</summary>
internal static class PathsApi
{
    public static RouteGroupBuilder MapPathsApi(this RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync).WithName("api-paths").WithSummary("Published learning paths of the network");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<PathCard>>> ListAsync(LearningPaths paths, CancellationToken cancellationToken) =>
        TypedResults.Ok(await paths.ListAsync(includeDrafts: false, cancellationToken));
}
