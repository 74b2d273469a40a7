using System.IO.Compression;
using Microsoft.AspNetCore.WebUtilities;

namespace Bottega.Credentials.Features.Formats;

/// <summary>
/// W3C Bitstring Status List v1.0: one bit per credential, index 0 the left-most bit of the first byte, GZIP-compressed,
/// multibase base64url ("u", no padding). 131,072 bits, the specification's minimum for herd privacy.
/// </summary>
internal static class StatusList
{
    public const int Size = 131_072;
    private const int MaxDecodedBytes = 2 * 1024 * 1024;

    public static string Encode(IEnumerable<int> setIndexes)
    {
        var bits = new byte[Size / 8];
        foreach (var index in setIndexes)
        {
            bits[index / 8] |= (byte)(0x80 >> (index % 8));
        }

        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bits);
        }

        return "u" + WebEncoders.Base64UrlEncode(output.ToArray());
    }

    /// <summary>Whether the bit at the index is set; null when the list cannot be read (bad encoding, too large, index outside).</summary>
    public static bool? IsSet(string encodedList, int index)
    {
        if (string.IsNullOrEmpty(encodedList) || encodedList[0] != 'u' || index < 0 || encodedList.Length > MaxDecodedBytes)
        {
            return null;
        }

        try
        {
            using var input = new MemoryStream(WebEncoders.Base64UrlDecode(encodedList[1..]));
            using var gzip = new GZipStream(input, CompressionMode.Decompress);
            using var bits = new MemoryStream();
            var buffer = new byte[16 * 1024];
            int read;
            while ((read = gzip.Read(buffer)) > 0)
            {
                bits.Write(buffer, 0, read);
                if (bits.Length > MaxDecodedBytes)
                {
                    return null;
                }
            }

            var bytes = bits.GetBuffer();
            return index / 8 < bits.Length ? (bytes[index / 8] & (0x80 >> (index % 8))) != 0 : null;
        }
        catch (Exception exception) when (exception is FormatException or InvalidDataException)
        {
            return null;
        }
    }
}
