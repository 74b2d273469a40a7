using Bottega.Learning.Features.Certificates;

namespace Bottega.Learning.Contracts;

/// <summary>
/// The font of PDF documents drawn with PDFsharp by any module (the events module's certificate of attendance).
/// PDFsharp accepts one font resolver per process, so every module uses Learning's (DejaVu Sans, embedded).
/// </summary>
public static class PdfFonts
{
    public const string Family = CertificateFonts.Family;

    /// <summary>Call before drawing any text.</summary>
    public static void EnsureRegistered() => CertificateFonts.EnsureRegistered();
}
