using Bottega.Learning.Features.Reports;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Bottega.Learning.Api;

/// <summary>A member's progress in the network: training referents see their own staff, admins any member.</summary>
internal static class MembersApi
{
    public static RouteGroupBuilder MapMembersApi(this RouteGroupBuilder group)
    {
        group.MapGet("/{userId:guid}/progress", GetAsync).WithName("api-member-progress").WithSummary("A member's enrolments in the network");
        return group;
    }

    private static async Task<Results<Ok<MemberProgressView>, NotFound, ForbidHttpResult>> GetAsync(Guid userId, MemberProgress progress, ICurrentUser user,
        ICurrentNetworkRoles roles, CancellationToken cancellationToken)
    {
        var (access, view) = await progress.GetAsync(user.Id!.Value, await roles.GetAsync(cancellationToken), userId, cancellationToken);
        return access switch
        {
            MemberProgressAccess.Allowed => TypedResults.Ok(view!),
            MemberProgressAccess.Forbidden => TypedResults.Forbid(),
            _ => TypedResults.NotFound(),
        };
    }
}
