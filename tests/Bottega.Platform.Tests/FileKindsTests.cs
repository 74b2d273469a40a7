using System.Text;
using Bottega.Platform.Files;
using Xunit;

namespace Bottega.Platform.Tests;

public sealed class FileKindsTests
{
    private static FileKind? Detect(string name, byte[] content, params FileKind[] allowed)
    {
        using var stream = new MemoryStream(content);
        return FileKinds.Detect(name, stream, allowed);
    }

    [Fact]
    public void Gif_and_webp_are_recognised_by_their_signatures()
    {
        Assert.Equal(FileKinds.Gif, Detect("a.gif", Encoding.ASCII.GetBytes("GIF89a\x01\x00\x01\x00"), FileKinds.Gif));
        Assert.Equal(FileKinds.WebP, Detect("a.webp", Encoding.ASCII.GetBytes("RIFF\x10\x00\x00\x00WEBPVP8 "), FileKinds.WebP));
        Assert.Null(Detect("a.gif", Encoding.ASCII.GetBytes("%PDF-1.4 not a gif"), FileKinds.Gif));
        Assert.Null(Detect("a.webp", Encoding.ASCII.GetBytes("RIFF\x10\x00\x00\x00WAVEfmt "), FileKinds.WebP));
    }

    [Fact]
    public void Text_and_csv_accept_utf8_and_refuse_binary()
    {
        Assert.Equal(FileKinds.Text, Detect("nota.txt", Encoding.UTF8.GetBytes("Qualità del servizio\r\nSeconda riga\tcon tab"), FileKinds.Text));
        Assert.Equal(FileKinds.Csv, Detect("dati.csv", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("ente;ore\nComune;12,5\n")], FileKinds.Csv));
        Assert.Null(Detect("programma.txt", [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03], FileKinds.Text));
        Assert.Null(Detect("latin1.csv", [0x51, 0x75, 0x61, 0x6C, 0x69, 0x74, 0xE0], FileKinds.Csv));
    }

    [Fact]
    public void A_text_file_longer_than_the_window_is_read_only_at_its_start()
    {
        var text = new StringBuilder();
        while (text.Length < 70_000)
        {
            text.Append("città à è ");
        }

        Assert.Equal(FileKinds.Text, Detect("lungo.txt", Encoding.UTF8.GetBytes(text.ToString()), FileKinds.Text));
    }

    [Fact]
    public void An_executable_renamed_pdf_is_refused()
    {
        Assert.Null(Detect("fattura.pdf", [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00], FileKinds.Pdf, FileKinds.Text));
    }
}
