using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace Bottega.Platform.Hosting;

public static class RateLimitPolicies
{
    /// <summary>Sign-in, sign-up, password reset and two-factor forms.</summary>
    public const string SignIn = "sign-in";

    /// <summary>Anonymous read endpoints.</summary>
    public const string Public = "public";

    internal static void Add(RateLimiterOptions options, RateLimitOptions limits)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(SignIn, context => PerClient(context, limits.SignInPerMinute));
        options.AddPolicy(Public, context => PerClient(context, limits.PublicPerMinute));
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
