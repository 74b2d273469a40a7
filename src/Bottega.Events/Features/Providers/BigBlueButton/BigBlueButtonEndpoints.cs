using System.Text.Json;
using Bottega.Platform.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Bottega.Events.Features.Providers.BigBlueButton;

/// <summary>The server's callbacks under /eventi/bbb: anonymous (the server has no account), signed, rate limited.</summary>
internal static class BigBlueButtonEndpoints
{
    private const int MaxAnalyticsBytes = 4 * 1024 * 1024;

    public static void MapBigBlueButtonCallbacks(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/eventi/bbb").AllowAnonymous().RequireRateLimiting(RateLimitPolicies.Public).ExcludeFromDescription();
        group.MapGet("/fine", MeetingEndedAsync);
        group.MapPost("/analisi", AnalyticsAsync).DisableAntiforgery();
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> MeetingEndedAsync(HttpRequest request, BigBlueButtonCallbacks callbacks,
        CancellationToken cancellationToken)
    {
        // The server may add its own meetingID to the URL Bottega gave it: every copy must name the same meeting.
        var ids = request.Query["meetingID"].Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count != 1 || string.IsNullOrEmpty(ids[0]) || ids[0]!.Length > 100)
        {
            return Unauthorized();
        }

        return await callbacks.MeetingEndedAsync(ids[0]!, request.Query["checksum"].FirstOrDefault(), cancellationToken) switch
        {
            CallbackOutcome.Done => TypedResults.NoContent(),
            CallbackOutcome.NotFound => TypedResults.Problem("Nessuna sessione ha questa riunione.", statusCode: StatusCodes.Status404NotFound),
            _ => Unauthorized(),
        };
    }

    private static async Task<Results<Ok<AnalyticsAnswer>, ProblemHttpResult>> AnalyticsAsync(HttpRequest request, BigBlueButtonCallbacks callbacks,
        CancellationToken cancellationToken)
    {
        if (!callbacks.IsAuthorizedAnalytics(request.Headers.Authorization.FirstOrDefault()))
        {
            return Unauthorized();
        }

        if (request.ContentLength > MaxAnalyticsBytes)
        {
            return TypedResults.Problem("Il rapporto è troppo grande.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        JsonDocument document;
        try
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(new LimitedStream(body, MaxAnalyticsBytes), cancellationToken);
            body.Position = 0;
            document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            return Malformed();
        }
        catch (InvalidDataException)
        {
            return TypedResults.Problem("Il rapporto è troppo grande.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        using (document)
        {
            var (outcome, result) = await callbacks.AnalyticsAsync(document.RootElement, cancellationToken);
            return outcome switch
            {
                CallbackOutcome.Done => TypedResults.Ok(new AnalyticsAnswer(result!.Rows, result.Matched, result.Unknown, result.Malformed)),
                CallbackOutcome.NotFound => TypedResults.Problem("Nessuna sessione ha questa riunione.", statusCode: StatusCodes.Status404NotFound),
                _ => Malformed(),
            };
        }
    }

    private static ProblemHttpResult Unauthorized() =>
        TypedResults.Problem("Firma della richiesta mancante o non valida.", statusCode: StatusCodes.Status401Unauthorized);

    private static ProblemHttpResult Malformed() =>
        TypedResults.Problem("Il rapporto non è nel formato atteso.", statusCode: StatusCodes.Status400BadRequest);
}

internal sealed record AnalyticsAnswer(int Rows, int Matched, int Unknown, int Malformed);
