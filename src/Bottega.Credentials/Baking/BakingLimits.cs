namespace Bottega.Credentials.Baking;

/// <summary>Limits checked before anything else when an image is read or baked.</summary>
internal static class BakingLimits
{
    public const int MaxImageBytes = 10 * 1024 * 1024;

    public const int MaxPayloadBytes = 1024 * 1024;

    public const int MaxPngChunks = 4096;
}
