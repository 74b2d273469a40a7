using System.IO.Compression;
using System.Xml;
using Bottega.Library.Features.Files;

namespace Bottega.Library.Features.Extraction;

/// <summary>The paragraphs, headings and table cells of an ODT or ODS, read from content.xml with an XmlReader (no DTD).</summary>
internal static class OpenDocumentText
{
    private const string TextNamespace = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private const string TableNamespace = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    public static ExtractedText Read(Stream content, ZipLimits limits, CancellationToken ct)
    {
        using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
        var entry = zip.GetEntry("content.xml") ?? throw new InvalidDataException("content.xml is missing.");
        using var stream = limits.Open(entry);
        using var reader = XmlReader.Create(stream, Settings);
        var text = new TextCollector();
        var count = 0;
        while (reader.Read() && !text.IsFull)
        {
            if (++count % 4096 == 0)
            {
                ct.ThrowIfCancellationRequested();
            }

            switch (reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA:
                    text.Append(reader.Value);
                    break;
                case XmlNodeType.Element when reader.NamespaceURI == TextNamespace:
                    text.Append(reader.LocalName switch { "s" => " ", "tab" => "\t", "line-break" => "\n", _ => null });
                    break;
                case XmlNodeType.EndElement when reader.NamespaceURI == TextNamespace && reader.LocalName is "p" or "h":
                    text.EndLine();
                    break;
                case XmlNodeType.EndElement when reader.NamespaceURI == TableNamespace && reader.LocalName == "table-cell":
                    text.Append("\t");
                    break;
            }
        }

        return new ExtractedText(text.ToString(), null);
    }
}
