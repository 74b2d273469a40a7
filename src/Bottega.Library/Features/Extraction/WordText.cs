using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bottega.Library.Features.Extraction;

/// <summary>The paragraphs of a DOCX, read as a stream of elements (no whole-document tree in memory).</summary>
internal static class WordText
{
    public static ExtractedText Read(Stream content, OpenSettings settings, CancellationToken ct)
    {
        using var document = WordprocessingDocument.Open(content, false, settings);
        var text = new TextCollector();
        if (document.MainDocumentPart is { } main)
        {
            using var reader = OpenXmlReader.Create(main);
            var count = 0;
            while (reader.Read() && !text.IsFull)
            {
                if (++count % 4096 == 0)
                {
                    ct.ThrowIfCancellationRequested();
                }

                if (reader.ElementType == typeof(W.Text) && reader.IsStartElement)
                {
                    text.Append(reader.GetText());
                }
                else if (reader.ElementType == typeof(W.TabChar) && reader.IsStartElement)
                {
                    text.Append("\t");
                }
                else if (reader.ElementType == typeof(W.Paragraph) && reader.IsEndElement)
                {
                    text.EndLine();
                }
            }
        }

        return new ExtractedText(text.ToString(), null);
    }
}
