using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Bottega.Library.Features.Extraction;

internal static class PdfText
{
    public static ExtractedText Read(Stream content, CancellationToken ct)
    {
        using var pdf = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        var text = new TextCollector();
        foreach (var page in pdf.GetPages())
        {
            ct.ThrowIfCancellationRequested();
            text.Append(ContentOrderTextExtractor.GetText(page));
            text.EndLine();
            if (text.IsFull)
            {
                break;
            }
        }

        return new ExtractedText(text.ToString(), pdf.NumberOfPages);
    }
}
