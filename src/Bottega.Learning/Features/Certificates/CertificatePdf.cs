using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;
using QRCoder;

namespace Bottega.Learning.Features.Certificates;

/// <summary>
/// Draws a certificate on one A4 landscape page: issuer, learner, course, hours, date, competences, code and a QR code of
/// the public verification address (also a clickable link). The certificate is an Italian document, so its text is Italian.
/// </summary>
internal static class CertificatePdf
{
    private static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");
    private static readonly XColor Accent = XColor.FromArgb(0, 102, 204);
    private const int CompetencesShown = 8;

    public static byte[] Render(CertificateView certificate, string verificationUrl)
    {
        CertificateFonts.EnsureRegistered();
        using var document = new PdfDocument();
        document.Info.Title = $"Attestato di completamento – {certificate.CourseTitle}";
        document.Info.Author = certificate.NetworkName;
        document.Info.Subject = $"{certificate.LearnerName} – {certificate.CourseTitle}";
        document.Info.Keywords = certificate.Code;
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Landscape;
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            Draw(gfx, page, certificate, verificationUrl);
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static void Draw(XGraphics gfx, PdfPage page, CertificateView c, string verificationUrl)
    {
        var width = page.Width.Point;
        var height = page.Height.Point;
        gfx.DrawRectangle(new XPen(Accent, 3), 24, 24, width - 48, height - 48);
        gfx.DrawRectangle(new XPen(Accent, 0.75), 32, 32, width - 64, height - 64);

        var y = 70.0;
        Centered(gfx, c.NetworkName, Font(16, bold: false), XBrushes.DimGray, width, ref y, 30);
        Centered(gfx, "Attestato di completamento", Font(30, bold: true), new XSolidBrush(Accent), width, ref y, 50);
        Centered(gfx, "Si attesta che", Font(13, bold: false), XBrushes.Black, width, ref y, 30);
        Centered(gfx, c.LearnerName, Font(24, bold: true), XBrushes.Black, width, ref y, 36);
        Centered(gfx, "ha completato il corso", Font(13, bold: false), XBrushes.Black, width, ref y, 24);

        var titleFont = Font(18, bold: true);
        var formatter = new XTextFormatter(gfx) { Alignment = XParagraphAlignment.Center };
        formatter.DrawString(c.CourseTitle, titleFont, XBrushes.Black, new XRect(80, y - 14, width - 160, 50), XStringFormats.TopLeft);
        y += 52;

        var hours = c.Hours.ToString("0.##", Italian);
        var date = c.CompletedOn.ToString("d MMMM yyyy", Italian);
        Centered(gfx, $"Durata: {hours} ore · Completato il {date}", Font(13, bold: false), XBrushes.Black, width, ref y, 28);

        if (c.Competences.Count > 0)
        {
            Centered(gfx, "Competenze", Font(11, bold: true), XBrushes.Black, width, ref y, 16);
            foreach (var line in c.Competences.Take(CompetencesShown))
            {
                Centered(gfx, line, Font(10, bold: false), XBrushes.Black, width, ref y, 14);
            }

            if (c.Competences.Count > CompetencesShown)
            {
                Centered(gfx, $"e altre {c.Competences.Count - CompetencesShown} (vedi la pagina di verifica)", Font(10, bold: false), XBrushes.DimGray, width, ref y, 14);
            }
        }

        if (c.IsRevoked)
        {
            gfx.DrawString("ATTESTATO REVOCATO", Font(28, bold: true), XBrushes.Red, new XRect(0, height / 2 - 20, width, 40), XStringFormats.Center);
        }

        const double qrSize = 96;
        var qrX = width - 48 - qrSize - 8;
        var qrY = height - 48 - qrSize - 8;
        DrawQr(gfx, verificationUrl, qrX, qrY, qrSize);

        var small = Font(9, bold: false);
        gfx.DrawString($"Codice dell'attestato: {c.Code}", small, XBrushes.Black, 56, height - 80, XStringFormats.TopLeft);
        gfx.DrawString($"Verifica: {verificationUrl}", small, new XSolidBrush(Accent), 56, height - 66, XStringFormats.TopLeft);
        page.AddWebLink(new PdfRectangle(gfx.Transformer.WorldToDefaultPage(new XRect(qrX, qrY, qrSize, qrSize))), verificationUrl);
    }

    private static void Centered(XGraphics gfx, string text, XFont font, XBrush brush, double width, ref double y, double advance)
    {
        gfx.DrawString(text, font, brush, new XRect(48, y, width - 96, advance), XStringFormats.TopCenter);
        y += advance;
    }

    private static XFont Font(double size, bool bold) =>
        new(CertificateFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));

    // The modules are drawn as vector squares: sharp at any zoom, and no bitmap decoding (PDFsharp's PNG import is partial).
    private static void DrawQr(XGraphics gfx, string text, double x, double y, double size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var module = size / matrix.Count;
        for (var row = 0; row < matrix.Count; row++)
        {
            for (var column = 0; column < matrix[row].Count; column++)
            {
                if (matrix[row][column])
                {
                    gfx.DrawRectangle(XBrushes.Black, x + (column * module), y + (row * module), module + 0.05, module + 0.05);
                }
            }
        }
    }
}
