namespace Bottega.Credentials.Baking;

/// <summary>A baked image, or why it could not be baked (an Italian sentence usable as a localization key).</summary>
internal sealed record BakeResult(byte[]? Image, string? Failure)
{
    public bool Succeeded => Image is not null;

    public static BakeResult Baked(byte[] image) => new(image, null);

    public static BakeResult Refused(string reason) => new(null, reason);
}
