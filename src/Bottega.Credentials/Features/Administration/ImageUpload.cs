namespace Bottega.Credentials.Features.Administration;

/// <summary>An uploaded image as the page received it; the content stream must be seekable.</summary>
public sealed record ImageUpload(string FileName, Stream Content, long Length);

/// <summary>The verdict on an upload: its content type and cleaned bytes when accepted, otherwise the message for the person.</summary>
public sealed record ImageCheck(string? ContentType, byte[]? Bytes, string? Error)
{
    public bool Accepted => ContentType is not null;
}
