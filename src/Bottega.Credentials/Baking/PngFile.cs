using System.Buffers.Binary;

namespace Bottega.Credentials.Baking;

/// <summary>
/// A PNG datastream checked chunk by chunk: signature, IHDR first, every length within the file, every CRC, IEND last
/// and nothing after it, with limits on size and chunk count. Pixel data is not decoded here.
/// </summary>
internal sealed class PngFile
{
    public static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private PngFile(byte[] bytes, IReadOnlyList<PngChunk> chunks)
    {
        Bytes = bytes;
        Chunks = chunks;
        var header = Data(chunks[0]);
        Width = BinaryPrimitives.ReadInt32BigEndian(header);
        Height = BinaryPrimitives.ReadInt32BigEndian(header[4..]);
    }

    public byte[] Bytes { get; }

    public IReadOnlyList<PngChunk> Chunks { get; }

    public int Width { get; }

    public int Height { get; }

    public ReadOnlySpan<byte> Data(PngChunk chunk) => Bytes.AsSpan(chunk.DataStart, chunk.DataLength);

    public ReadOnlySpan<byte> Raw(PngChunk chunk) => Bytes.AsSpan(chunk.Start, chunk.TotalLength);

    /// <summary>Parses <paramref name="bytes"/>; null with the reason in <paramref name="failure"/> when not a sound PNG.</summary>
    public static PngFile? Parse(byte[] bytes, out string? failure)
    {
        failure = Check(bytes, out var chunks);
        return failure is null ? new PngFile(bytes, chunks) : null;
    }

    private static string? Check(byte[] bytes, out List<PngChunk> chunks)
    {
        chunks = [];
        if (bytes.Length == 0)
        {
            return BakingFailures.Empty;
        }

        if (bytes.Length > BakingLimits.MaxImageBytes)
        {
            return BakingFailures.TooLarge;
        }

        if (bytes.Length < Signature.Length || !bytes.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            return BakingFailures.NotPng;
        }

        var position = Signature.Length;
        while (true)
        {
            if (chunks.Count == BakingLimits.MaxPngChunks)
            {
                return BakingFailures.TooManyChunks;
            }

            var failure = ReadChunk(bytes, position, out var chunk);
            if (failure is not null)
            {
                return failure;
            }

            if (chunks.Count == 0 && !IsValidHeader(bytes, chunk))
            {
                return chunk.Type == "IHDR" ? BakingFailures.BadHeader : BakingFailures.NoHeader;
            }

            chunks.Add(chunk);
            position += chunk.TotalLength;
            if (chunk.Type == "IEND")
            {
                break;
            }
        }

        if (position != bytes.Length)
        {
            return BakingFailures.DataAfterEnd;
        }

        return chunks.Exists(c => c.Type == "IDAT") ? null : BakingFailures.NoImageData;
    }

    private static string? ReadChunk(byte[] bytes, int position, out PngChunk chunk)
    {
        chunk = default;
        var remaining = bytes.Length - position;
        if (remaining < 12)
        {
            return BakingFailures.Truncated;
        }

        var declared = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(position));
        if (declared > (uint)(remaining - 12))
        {
            return BakingFailures.LengthPastEnd;
        }

        var type = bytes.AsSpan(position + 4, 4);
        foreach (var letter in type)
        {
            if (!char.IsAsciiLetter((char)letter))
            {
                return BakingFailures.BadChunkType;
            }
        }

        var length = (int)declared;
        if (!Crc32Png.Matches(bytes.AsSpan(position + 4, length + 4), bytes.AsSpan(position + 8 + length, 4)))
        {
            return BakingFailures.BadChecksum;
        }

        chunk = new PngChunk(System.Text.Encoding.ASCII.GetString(type), position, length);
        return null;
    }

    private static bool IsValidHeader(byte[] bytes, PngChunk chunk)
    {
        if (chunk.Type != "IHDR" || chunk.DataLength != 13)
        {
            return false;
        }

        var header = bytes.AsSpan(chunk.DataStart, 13);
        var width = BinaryPrimitives.ReadUInt32BigEndian(header);
        var height = BinaryPrimitives.ReadUInt32BigEndian(header[4..]);
        return width is > 0 and <= int.MaxValue && height is > 0 and <= int.MaxValue;
    }
}
