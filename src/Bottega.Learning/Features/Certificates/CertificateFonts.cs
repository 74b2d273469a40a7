using PdfSharp.Fonts;

namespace Bottega.Learning.Features.Certificates;

/// <summary>
/// PDFsharp finds no system fonts on Linux: every family resolves to DejaVu Sans, embedded in this assembly (licence in
/// Fonts/LICENSE.txt), so a certificate looks the same on every server. PDFsharp wants one resolver for the process,
/// set before any font is used, and the same instance on any later setting.
/// </summary>
internal sealed class CertificateFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly CertificateFonts Instance = new();
    private static readonly Lock Gate = new();

    private CertificateFonts()
    {
    }

    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not CertificateFonts)
            {
                GlobalFontSettings.FontResolver = Instance;
            }
        }
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(CertificateFonts).Assembly.GetManifestResourceStream($"Bottega.Learning.Fonts.{faceName}.ttf");
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
