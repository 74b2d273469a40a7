using System.IO.Compression;
using System.Text;
using Bottega.Learning.Contracts;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Bottega.Library.Tests.Documents;

/// <summary>Real files of each accepted kind, generated with a known phrase inside, and hostile ones.</summary>
internal static class SampleFiles
{
    public static byte[] Pdf(string phrase)
    {
        PdfFonts.EnsureRegistered();
        using var document = new PdfDocument();
        var page = document.AddPage();
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            graphics.DrawString(phrase, new XFont(PdfFonts.Family, 12), XBrushes.Black, new XPoint(40, 80));
        }

        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    public static byte[] Docx(string phrase)
    {
        using var output = new MemoryStream();
        using (var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(new W.Paragraph(new W.Run(new W.Text(phrase)))));
        }

        return output.ToArray();
    }

    public static byte[] Xlsx(string phrase)
    {
        using var output = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new S.Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var row = new S.Row(new S.Cell { DataType = S.CellValues.InlineString, InlineString = new S.InlineString(new S.Text(phrase)) },
                new S.Cell { CellValue = new S.CellValue("42") });
            sheetPart.Worksheet = new S.Worksheet(new S.SheetData(row));
            workbook.Workbook.AppendChild(new S.Sheets(new S.Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Prezzi" }));
        }

        return output.ToArray();
    }

    public static byte[] Odt(string phrase) => OpenDocument("application/vnd.oasis.opendocument.text",
        $"""<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><text:h>Titolo</text:h><text:p>{phrase}</text:p></office:text></office:body></office:document-content>""");

    public static byte[] Ods(string phrase) => OpenDocument("application/vnd.oasis.opendocument.spreadsheet",
        $"""<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:body><office:spreadsheet><table:table table:name="Foglio1"><table:table-row><table:table-cell><text:p>{phrase}</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>""");

    public static byte[] Text(string phrase) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Prima riga\n" + phrase + "\n")];

    public static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4];

    public static byte[] WindowsExecutable() => [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0];

    /// <summary>A DOCX-shaped zip whose document part unpacks to <paramref name="megabytes"/> MB of zeros, written as a stream (little memory).</summary>
    public static void WriteZipBomb(Stream output, int megabytes)
    {
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        using (var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
        {
            types.Write("""<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>""");
        }

        using var body = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
        var zeros = new byte[1024 * 1024];
        for (var i = 0; i < megabytes; i++)
        {
            body.Write(zeros);
        }
    }

    private static byte[] OpenDocument(string mimeType, string content)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var mime = new StreamWriter(zip.CreateEntry("mimetype", CompressionLevel.NoCompression).Open()))
            {
                mime.Write(mimeType);
            }

            using var writer = new StreamWriter(zip.CreateEntry("content.xml").Open(), new UTF8Encoding(false));
            writer.Write(content);
        }

        return output.ToArray();
    }
}
