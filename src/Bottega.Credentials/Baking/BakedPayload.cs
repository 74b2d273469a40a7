namespace Bottega.Credentials.Baking;

/// <summary>
/// What a baked image holds under one keyword: the payload (a URL, JSON or a compact JWS) when found, otherwise the
/// reason, an Italian sentence usable as a localization key. <see cref="Verify"/> is the SVG <c>verify</c> attribute.
/// </summary>
internal sealed record BakedPayload(BakedPayloadStatus Status, string? Payload, string? Verify, string? Failure)
{
    public bool IsFound => Status == BakedPayloadStatus.Found;

    public static BakedPayload Found(string payload, string? verify = null) => new(BakedPayloadStatus.Found, payload, verify, null);

    public static BakedPayload Absent(string reason) => new(BakedPayloadStatus.Absent, null, null, reason);

    public static BakedPayload Invalid(string reason) => new(BakedPayloadStatus.Invalid, null, null, reason);
}
