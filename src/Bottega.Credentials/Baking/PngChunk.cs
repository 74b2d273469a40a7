namespace Bottega.Credentials.Baking;

/// <summary>One chunk of a PNG datastream: its type and where its 4-byte length field starts.</summary>
internal readonly record struct PngChunk(string Type, int Start, int DataLength)
{
    public int DataStart => Start + 8;

    /// <summary>Length, type, data and CRC.</summary>
    public int TotalLength => DataLength + 12;
}
