namespace Bottega.Platform.Hosting;

/// <summary>Section "RateLimits": requests per minute and client address.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public int SignInPerMinute { get; set; } = 10;

    public int PublicPerMinute { get; set; } = 300;
}
