using System.Buffers.Binary;
using System.Text;

namespace Bottega.Credentials.Baking;

/// <summary>
/// The iTXt chunk (PNG §11.3.4.5): keyword (Latin-1, 1–79 bytes), NUL, compression flag, compression method,
/// language tag, NUL, translated keyword (UTF-8), NUL, text (UTF-8). Badges are written uncompressed, with empty
/// language tag and translated keyword.
/// </summary>
internal static class ITxtChunk
{
    public const string Type = "iTXt";

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool IsValidKeyword(string keyword) =>
        keyword.Length is >= 1 and <= 79 && keyword.All(c => c is >= ' ' and <= '~') && keyword.Trim() == keyword && !keyword.Contains("  ", StringComparison.Ordinal);

    /// <summary>The keyword of an iTXt chunk's data, or null when there is no NUL within the first 80 bytes.</summary>
    public static string? KeywordOf(ReadOnlySpan<byte> data)
    {
        var end = data[..Math.Min(data.Length, 80)].IndexOf((byte)0);
        return end < 1 ? null : Encoding.Latin1.GetString(data[..end]);
    }

    /// <summary>The uncompressed text of an iTXt chunk, or null with the reason in <paramref name="failure"/>.</summary>
    public static string? TextOf(ReadOnlySpan<byte> data, out string? failure)
    {
        failure = BakingFailures.MalformedText;
        var keywordEnd = data[..Math.Min(data.Length, 80)].IndexOf((byte)0);
        if (keywordEnd < 1 || data.Length < keywordEnd + 3)
        {
            return null;
        }

        var compressionFlag = data[keywordEnd + 1];
        var compressionMethod = data[keywordEnd + 2];
        if (compressionFlag > 1 || compressionMethod != 0)
        {
            return null;
        }

        if (compressionFlag == 1)
        {
            failure = BakingFailures.Compressed;
            return null;
        }

        var rest = data[(keywordEnd + 3)..];
        var languageEnd = rest.IndexOf((byte)0);
        if (languageEnd < 0)
        {
            return null;
        }

        rest = rest[(languageEnd + 1)..];
        var translatedEnd = rest.IndexOf((byte)0);
        if (translatedEnd < 0)
        {
            return null;
        }

        var text = rest[(translatedEnd + 1)..];
        if (text.Length > BakingLimits.MaxPayloadBytes)
        {
            failure = BakingFailures.PayloadTooLarge;
            return null;
        }

        try
        {
            var decoded = StrictUtf8.GetString(text);
            failure = null;
            return decoded;
        }
        catch (DecoderFallbackException)
        {
            failure = BakingFailures.PayloadNotUtf8;
            return null;
        }
    }

    /// <summary>A whole chunk (length, type, data, CRC) holding <paramref name="text"/> uncompressed.</summary>
    public static byte[] Encode(string keyword, string text)
    {
        var keywordBytes = Encoding.Latin1.GetBytes(keyword);
        var textBytes = StrictUtf8.GetBytes(text);
        var dataLength = keywordBytes.Length + 5 + textBytes.Length;
        var chunk = new byte[dataLength + 12];
        BinaryPrimitives.WriteInt32BigEndian(chunk, dataLength);
        Encoding.ASCII.GetBytes(Type, chunk.AsSpan(4));
        keywordBytes.CopyTo(chunk, 8);
        // After the keyword: NUL, compression flag 0, method 0, empty language tag + NUL, empty translated keyword + NUL.
        textBytes.CopyTo(chunk, 8 + keywordBytes.Length + 5);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + dataLength), Crc32Png.Of(chunk.AsSpan(4, dataLength + 4)));
        return chunk;
    }

    public static int EncodedTextLength(string text) => StrictUtf8.GetByteCount(text);
}
