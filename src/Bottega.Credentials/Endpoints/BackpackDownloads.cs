using Bottega.Credentials.Features.Backpack;
using Bottega.Platform.Hosting;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bottega.Credentials.Endpoints;

/// <summary>Downloads of a badge from the backpack: baked images and the credential files, for its holder or, once public, anyone.</summary>
internal static class BackpackDownloads
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/badge/{publicId}/scarica/{format}", DownloadAsync).RequireRateLimiting(RateLimitPolicies.Public).ExcludeFromDescription();

    private static async Task<IResult> DownloadAsync(string publicId, string format, Backpack backpack, BadgeFiles files, ICurrentUser user,
        CancellationToken cancellationToken)
    {
        var item = await backpack.FindAsync(publicId, cancellationToken);
        if (item is null || !Backpack.CanView(item, user.Id))
        {
            return Results.NotFound();
        }

        var file = await files.CreateAsync(publicId, format, cancellationToken);
        return file is null ? Results.NotFound() : Results.File(file.Content, file.ContentType, file.FileName);
    }
}
