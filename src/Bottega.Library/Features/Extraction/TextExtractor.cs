using Bottega.Library.Features.Files;
using Bottega.Platform.Files;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Extensions.Options;

namespace Bottega.Library.Features.Extraction;

/// <summary>
/// Reads the text of an accepted file (PDF, DOCX, XLSX, ODT, ODS, TXT) within the module's limits. CPU-bound and
/// synchronous: callers run it off the request, with a cancellation token and a timeout.
/// </summary>
internal sealed class TextExtractor(IOptions<LibraryOptions> options)
{
    /// <summary>The longest an extraction may take before it is given up.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    // A part of an Office file larger than this (in characters) is refused by the SDK instead of loaded.
    private const long MaxCharactersInPart = 200_000_000;

    /// <summary>The file's text, or throws (<see cref="InvalidDataException"/> and the libraries' own) when it cannot be read.</summary>
    public ExtractedText Extract(Stream content, string contentType, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var limits = ZipLimits.From(options.Value);
        var settings = new OpenSettings { MaxCharactersInPart = MaxCharactersInPart };
        if (contentType == FileKinds.Pdf.ContentType)
        {
            return PdfText.Read(content, ct);
        }

        if (contentType == FileKinds.Docx.ContentType || contentType == FileKinds.Xlsx.ContentType)
        {
            // The intake checked the zip; check again (the limits may have changed), on the bytes really read.
            if (limits.Check(content, ct) is not null)
            {
                throw new InvalidDataException("The file unpacks beyond the allowed limits.");
            }

            content.Position = 0;
            return contentType == FileKinds.Docx.ContentType ? WordText.Read(content, settings, ct) : SpreadsheetText.Read(content, settings, ct);
        }

        if (contentType == FileKinds.Odt.ContentType || contentType == FileKinds.Ods.ContentType)
        {
            return OpenDocumentText.Read(content, limits, ct);
        }

        if (contentType == FileKinds.Text.ContentType)
        {
            return PlainText.Read(content);
        }

        throw new InvalidDataException($"No text extraction for {contentType}.");
    }
}
