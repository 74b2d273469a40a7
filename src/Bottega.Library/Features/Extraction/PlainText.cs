using System.Text;
using Bottega.Library.Domain;

namespace Bottega.Library.Features.Extraction;

internal static class PlainText
{
    public static ExtractedText Read(Stream content)
    {
        using var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var buffer = new char[DocumentVersion.MaxExtractedChars];
        var read = reader.ReadBlock(buffer, 0, buffer.Length);
        return new ExtractedText(new string(buffer, 0, read).Trim(), null);
    }
}
