using System.Text.Json.Nodes;
using Bottega.Credentials.Features.Backpack;
using Bottega.Credentials.Features.Hosted;
using Bottega.Platform.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Bottega.Credentials.Endpoints;

/// <summary>
/// The public, unauthenticated documents of Open Badges hosted verification and of OB 3.0 credentials: they must be
/// reachable by any verifier, so they carry only what the credential itself discloses (hashed identities).
/// </summary>
internal static class OpenBadgesEndpoints
{
    public const string JsonLd = "application/ld+json";
    public const string VcJwtMediaType = "application/vc+jwt";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var ob = endpoints.MapGroup("/ob").RequireRateLimiting(RateLimitPolicies.Public).ExcludeFromDescription();
        ob.MapGet("/v2/issuers/{slug}", async (string slug, PublicBadges badges, CancellationToken ct) =>
            Document(await badges.IssuerProfileAsync(slug, ct)));
        ob.MapGet("/v2/issuers/{slug}/revocations", async (string slug, PublicBadges badges, CancellationToken ct) =>
            Document(await badges.RevocationListAsync(slug, ct)));
        ob.MapGet("/v2/issuers/{slug}/image", async (string slug, BadgeImages images, CancellationToken ct) =>
            await images.IssuerLogoAsync(slug, ct) is { } logo ? Results.File(logo.Bytes, logo.ContentType) : Results.NotFound());
        ob.MapGet("/v2/badges/{id:guid}", async (Guid id, PublicBadges badges, CancellationToken ct) =>
            Document(await badges.BadgeClassAsync(id, ct)));
        ob.MapGet("/v2/assertions/{publicId}", async (string publicId, PublicBadges badges, CancellationToken ct) =>
        {
            var credential = await badges.CredentialAsync(publicId, ct);
            return credential is null
                ? Results.NotFound()
                : Results.Text(badges.Assertion(credential).ToJsonString(), JsonLd, statusCode: credential.IsRevoked ? StatusCodes.Status410Gone : 200);
        });
        ob.MapGet("/v2/assertions/{publicId}/image", async (string publicId, PublicBadges badges, BadgeFiles files, CancellationToken ct) =>
        {
            var credential = await badges.CredentialAsync(publicId, ct);
            var file = credential is null || credential.IsRevoked ? null : await files.Ob2PngAsync(credential, ct);
            return file is null ? Results.NotFound() : Results.File(file.Content, file.ContentType);
        });
        ob.MapGet("/badges/{id:guid}/image", async (Guid id, string? format, BadgeImages images, HttpContext http, CancellationToken ct) =>
        {
            var svg = format == "svg";
            var image = svg ? await images.SvgAsync(id, ct) : await images.PngAsync(id, ct);
            if (image is null)
            {
                return Results.NotFound();
            }

            http.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.File(image, svg ? "image/svg+xml" : "image/png");
        });
        ob.MapGet("/v3/achievements/{id:guid}", async (Guid id, PublicBadges badges, CancellationToken ct) =>
            Document(await badges.Ob3AchievementAsync(id, ct)));
        ob.MapGet("/v3/credentials/{publicId}", async (string publicId, string? format, PublicBadges badges, CancellationToken ct) =>
        {
            var credential = await badges.CredentialAsync(publicId.EndsWith(".json", StringComparison.Ordinal) ? publicId[..^5] : publicId, ct);
            if (credential is null || credential.SignedJson.Length == 0)
            {
                return credential is null ? Results.NotFound() : Results.StatusCode(StatusCodes.Status410Gone);
            }

            return format == "jwt" ? Results.Text(credential.Jwt, VcJwtMediaType) : Results.Text(credential.SignedJson, JsonLd);
        });
        ob.MapGet("/v3/issuers/{slug}/status", async (string slug, PublicBadges badges, CancellationToken ct) =>
            Document(await badges.StatusListCredentialAsync(slug, ct)));
        ob.MapGet("/competenze/{id:guid}", async (Guid id, PublicBadges badges, CancellationToken ct) =>
            Document(await badges.CompetenceAsync(id, ct)));

        // did:web:host:reti:{slug} resolves here (W3C did:web method: path segments, then /did.json).
        endpoints.MapGet("/reti/{network}/did.json", async (string network, PublicBadges badges, CancellationToken ct) =>
        {
            var document = await badges.DidDocumentAsync(network, ct);
            return document is null ? Results.NotFound() : Results.Text(document.ToJsonString(), "application/did+json");
        }).RequireRateLimiting(RateLimitPolicies.Public).ExcludeFromDescription();
    }

    private static IResult Document(JsonObject? document) => document is null ? Results.NotFound() : Results.Text(document.ToJsonString(), JsonLd);
}
