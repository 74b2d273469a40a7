namespace Bottega.Library.Features.Files;

/// <summary>Recognises programs by their first bytes, whatever the file is called.</summary>
internal static class ExecutableHeaders
{
    private static readonly byte[][] Signatures =
    [
        "MZ"u8.ToArray(),                       // Windows PE (and DOS)
        [0x7F, 0x45, 0x4C, 0x46],               // ELF
        [0xFE, 0xED, 0xFA, 0xCE],               // Mach-O 32-bit
        [0xFE, 0xED, 0xFA, 0xCF],               // Mach-O 64-bit
        [0xCE, 0xFA, 0xED, 0xFE],               // Mach-O 32-bit, little endian
        [0xCF, 0xFA, 0xED, 0xFE],               // Mach-O 64-bit, little endian
        [0xCA, 0xFE, 0xBA, 0xBE],               // Mach-O universal binary
        "#!"u8.ToArray(),                       // script with an interpreter line
    ];

    public static bool IsExecutable(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            head = head[3..];
        }

        foreach (var signature in Signatures)
        {
            if (head.StartsWith(signature))
            {
                return true;
            }
        }

        return false;
    }
}
