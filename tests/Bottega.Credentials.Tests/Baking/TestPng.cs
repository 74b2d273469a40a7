using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using SkiaSharp;

namespace Bottega.Credentials.Tests.Baking;

/// <summary>Small real PNGs and hand-made chunks, for tests that forge or damage them.</summary>
internal static class TestPng
{
    public static byte[] Create(int width = 4, int height = 3)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.SteelBlue);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    public static byte[] Chunk(string type, byte[] data)
    {
        var chunk = new byte[data.Length + 12];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        Encoding.ASCII.GetBytes(type, chunk.AsSpan(4));
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32.HashToUInt32(chunk.AsSpan(4, data.Length + 4)));
        return chunk;
    }

    public static byte[] ITxtData(string keyword, byte compressionFlag, byte[] text) =>
        [.. Encoding.Latin1.GetBytes(keyword), 0, compressionFlag, 0, 0, 0, .. text];

    /// <summary><paramref name="png"/> with <paramref name="chunk"/> inserted just before IEND (the last 12 bytes).</summary>
    public static byte[] InsertBeforeEnd(byte[] png, byte[] chunk) => [.. png[..^12], .. chunk, .. png[^12..]];

    public static int CountChunks(byte[] png, string type)
    {
        var count = 0;
        var position = 8;
        while (position + 12 <= png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(position));
            if (Encoding.ASCII.GetString(png, position + 4, 4) == type)
            {
                count++;
            }

            position += length + 12;
        }

        return count;
    }
}
