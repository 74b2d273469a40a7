using System.Buffers.Binary;
using System.IO.Hashing;

namespace Bottega.Credentials.Baking;

/// <summary>The CRC of a PNG chunk: CRC-32 (ISO 3309) over the type and data, stored big-endian.</summary>
internal static class Crc32Png
{
    public static uint Of(ReadOnlySpan<byte> typeAndData) => Crc32.HashToUInt32(typeAndData);

    public static bool Matches(ReadOnlySpan<byte> typeAndData, ReadOnlySpan<byte> stored) =>
        Of(typeAndData) == BinaryPrimitives.ReadUInt32BigEndian(stored);
}
