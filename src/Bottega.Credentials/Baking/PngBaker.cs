namespace Bottega.Credentials.Baking;

/// <summary>
/// Bakes a payload into a PNG as an uncompressed iTXt chunk (Open Badges 2.0 keyword <c>openbadges</c>, 3.0
/// <c>openbadgecredential</c>) and reads it back. Both check the whole datastream first; forged or damaged input
/// gives a reason, never an exception.
/// </summary>
internal static class PngBaker
{
    /// <summary>
    /// A copy of <paramref name="png"/> with <paramref name="payload"/> in an iTXt chunk under <paramref name="keyword"/>
    /// just before IEND; chunks already baked under that keyword are replaced, so there is never more than one.
    /// </summary>
    public static BakeResult Bake(byte[] png, string keyword, string payload)
    {
        ArgumentNullException.ThrowIfNull(png);
        ArgumentNullException.ThrowIfNull(keyword);
        ArgumentNullException.ThrowIfNull(payload);
        if (!ITxtChunk.IsValidKeyword(keyword))
        {
            return BakeResult.Refused(BakingFailures.BadKeyword);
        }

        if (payload.Length == 0)
        {
            return BakeResult.Refused(BakingFailures.PayloadEmpty);
        }

        if (payload.Length > BakingLimits.MaxPayloadBytes || ITxtChunk.EncodedTextLength(payload) > BakingLimits.MaxPayloadBytes)
        {
            return BakeResult.Refused(BakingFailures.PayloadTooLarge);
        }

        var file = PngFile.Parse(png, out var failure);
        if (file is null)
        {
            return BakeResult.Refused(failure!);
        }

        var baked = ITxtChunk.Encode(keyword, payload);
        if ((long)png.Length + baked.Length > BakingLimits.MaxImageBytes)
        {
            return BakeResult.Refused(BakingFailures.TooLarge);
        }

        using var output = new MemoryStream(png.Length + baked.Length);
        output.Write(PngFile.Signature);
        foreach (var chunk in file.Chunks)
        {
            if (chunk.Type == "IEND")
            {
                output.Write(baked);
            }

            if (!IsBakedUnder(file, chunk, keyword))
            {
                output.Write(file.Raw(chunk));
            }
        }

        return BakeResult.Baked(output.ToArray());
    }

    /// <summary>What <paramref name="png"/> holds under <paramref name="keyword"/>.</summary>
    public static BakedPayload Read(byte[] png, string keyword)
    {
        ArgumentNullException.ThrowIfNull(png);
        ArgumentNullException.ThrowIfNull(keyword);
        var file = PngFile.Parse(png, out var failure);
        if (file is null)
        {
            return BakedPayload.Invalid(failure!);
        }

        var baked = file.Chunks.Where(c => IsBakedUnder(file, c, keyword)).Take(2).ToList();
        if (baked.Count == 0)
        {
            return BakedPayload.Absent(BakingFailures.NoChunk);
        }

        if (baked.Count > 1)
        {
            return BakedPayload.Invalid(BakingFailures.DuplicateChunk);
        }

        var text = ITxtChunk.TextOf(file.Data(baked[0]), out failure);
        if (text is null)
        {
            return BakedPayload.Invalid(failure!);
        }

        return text.Trim().Length == 0 ? BakedPayload.Invalid(BakingFailures.PayloadEmpty) : BakedPayload.Found(text);
    }

    /// <summary>Reads at most the size limit from <paramref name="stream"/>, then as <see cref="Read(byte[], string)"/>.</summary>
    public static async Task<BakedPayload> ReadAsync(Stream stream, string keyword, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = await BoundedStream.ReadAsync(stream, BakingLimits.MaxImageBytes, cancellationToken);
        return bytes is null ? BakedPayload.Invalid(BakingFailures.TooLarge) : Read(bytes, keyword);
    }

    private static bool IsBakedUnder(PngFile file, PngChunk chunk, string keyword) =>
        chunk.Type == ITxtChunk.Type && ITxtChunk.KeywordOf(file.Data(chunk)) == keyword;
}
