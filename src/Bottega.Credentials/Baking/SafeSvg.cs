using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Bottega.Credentials.Baking;

/// <summary>
/// Loads and saves SVG documents safely: no DTD (so no entities, no XXE), no resolver, a size limit, the root an
/// SVG <c>svg</c> element. Failures are reasons, never exceptions.
/// </summary>
internal static class SafeSvg
{
    public static readonly XNamespace SvgNamespace = "http://www.w3.org/2000/svg";

    public static XDocument? Load(byte[] bytes, int maxBytes, out string? failure)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        failure = null;
        if (bytes.Length == 0)
        {
            failure = BakingFailures.Empty;
            return null;
        }

        if (bytes.Length > maxBytes)
        {
            failure = BakingFailures.TooLarge;
            return null;
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxBytes,
            MaxCharactersFromEntities = 1024,
            CloseInput = true,
        };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
            var document = XDocument.Load(reader, LoadOptions.PreserveWhitespace);
            if (document.Root?.Name != SvgNamespace + "svg")
            {
                failure = BakingFailures.NotSvg;
                return null;
            }

            return document;
        }
        catch (XmlException)
        {
            failure = MentionsDoctype(bytes) ? BakingFailures.Doctype : BakingFailures.NotXml;
            return null;
        }
    }

    public static byte[] Save(XDocument document)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using var output = new MemoryStream();
        using (var writer = XmlWriter.Create(output, settings))
        {
            document.Save(writer);
        }

        return output.ToArray();
    }

    private static bool MentionsDoctype(byte[] bytes) =>
        Encoding.UTF8.GetString(bytes).Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
}
