using System.Globalization;
using Bottega.Learning.Contracts;
using Bottega.Platform.Localization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;

namespace Bottega.Events.Features.Certificates;

/// <summary>A certificate of attendance on one A4 portrait page. It is an Italian document, so its text is Italian.</summary>
internal static class AttendanceCertificatePdf
{
    private static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");
    private static readonly XColor Accent = XColor.FromArgb(0, 102, 204);
    private const int SessionsShown = 24;

    public static byte[] Render(AttendanceCertificateView certificate)
    {
        PdfFonts.EnsureRegistered();
        using var document = new PdfDocument();
        document.Info.Title = $"Attestato di partecipazione – {certificate.EventTitle}";
        document.Info.Author = certificate.NetworkName;
        document.Info.Subject = $"{certificate.PersonName} – {certificate.EventTitle}";
        var page = document.AddPage();
        page.Size = PageSize.A4;
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            Draw(gfx, page.Width.Point, page.Height.Point, certificate);
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static void Draw(XGraphics gfx, double width, double height, AttendanceCertificateView c)
    {
        gfx.DrawRectangle(new XPen(Accent, 3), 24, 24, width - 48, height - 48);
        var y = 70.0;
        Line(gfx, c.NetworkName, Font(14, bold: false), XBrushes.DimGray, width, ref y, 34);
        Line(gfx, "Attestato di partecipazione", Font(26, bold: true), new XSolidBrush(Accent), width, ref y, 50);
        Line(gfx, "Si attesta che", Font(12, bold: false), XBrushes.Black, width, ref y, 26);
        Line(gfx, c.PersonName, Font(22, bold: true), XBrushes.Black, width, ref y, 36);
        Line(gfx, "ha partecipato all'evento", Font(12, bold: false), XBrushes.Black, width, ref y, 22);
        var formatter = new XTextFormatter(gfx) { Alignment = XParagraphAlignment.Center };
        formatter.DrawString(c.EventTitle, Font(16, bold: true), XBrushes.Black, new XRect(60, y, width - 120, 44), XStringFormats.TopLeft);
        y += 56;

        Line(gfx, c.Sessions.Count == 1 ? "nella sessione" : "nelle sessioni", Font(12, bold: false), XBrushes.Black, width, ref y, 24);
        foreach (var session in c.Sessions.Take(SessionsShown))
        {
            var day = RomeTime.Of(session.StartsAt).ToString("dddd d MMMM yyyy, HH:mm", Italian);
            var title = session.Title is null ? "" : $" – {session.Title}";
            var hours = session.Hours.ToString("0.##", Italian);
            Line(gfx, $"{session.Number}. {day}{title} ({hours} ore)", Font(10.5, bold: false), XBrushes.Black, width, ref y, 17);
        }

        if (c.Sessions.Count > SessionsShown)
        {
            Line(gfx, $"e altre {c.Sessions.Count - SessionsShown} sessioni", Font(10.5, bold: false), XBrushes.DimGray, width, ref y, 17);
        }

        y += 16;
        Line(gfx, $"Ore di formazione riconosciute: {c.TotalHours.ToString("0.##", Italian)}", Font(14, bold: true), XBrushes.Black, width, ref y, 30);
        gfx.DrawString(c.NetworkName, Font(9, bold: false), XBrushes.DimGray, 56, height - 70, XStringFormats.TopLeft);
    }

    private static void Line(XGraphics gfx, string text, XFont font, XBrush brush, double width, ref double y, double advance)
    {
        gfx.DrawString(text, font, brush, new XRect(48, y, width - 96, advance), XStringFormats.TopCenter);
        y += advance;
    }

    private static XFont Font(double size, bool bold) =>
        new(PdfFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
}
