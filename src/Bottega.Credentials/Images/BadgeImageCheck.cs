namespace Bottega.Credentials.Images;

/// <summary>
/// The verdict on an uploaded badge image: the cleaned bytes to store and their content type, or why it was refused
/// (an Italian sentence usable as a localization key). <see cref="Removed"/> counts what cleaning took out.
/// </summary>
internal sealed record BadgeImageCheck(byte[]? Bytes, string? ContentType, string? Failure, int Width, int Height, int Removed)
{
    public const string Png = "image/png";
    public const string Svg = "image/svg+xml";

    public bool IsValid => Bytes is not null;

    public static BadgeImageCheck Accepted(byte[] bytes, string contentType, int width, int height, int removed) =>
        new(bytes, contentType, null, width, height, removed);

    public static BadgeImageCheck Refused(string reason) => new(null, null, reason, 0, 0, 0);
}
