using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace Bottega.Learning.Tests.Certificates;

/// <summary>
/// Reads back what a PDF page says: its text (glyph ids in the content stream mapped through each font's ToUnicode
/// table) and the addresses of its links.
/// </summary>
internal static partial class PdfText
{
    public static (string Text, IReadOnlyList<string> Links, PdfDocument Document) Read(byte[] pdf)
    {
        var document = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import);
        var page = document.Pages[0];
        var maps = new Dictionary<string, Dictionary<int, string>>(StringComparer.Ordinal);
        var fonts = page.Resources.Elements.GetDictionary("/Font")!;
        foreach (var name in fonts.Elements.Keys)
        {
            var font = (PdfDictionary)((PdfReference)fonts.Elements[name]!).Value;
            var toUnicode = font.Elements.GetReference("/ToUnicode")?.Value as PdfDictionary;
            maps[name] = toUnicode is null ? [] : ParseCMap(Encoding.ASCII.GetString(toUnicode.Stream.UnfilteredValue));
        }

        var text = new StringBuilder();
        foreach (var item in page.Contents.Elements)
        {
            var stream = ((item as PdfReference)?.Value as PdfDictionary ?? item as PdfDictionary)!.Stream;
            var content = Encoding.Latin1.GetString(stream.UnfilteredValue);
            var current = "";
            foreach (Match m in Operators().Matches(content))
            {
                if (m.Groups["font"].Success)
                {
                    current = m.Groups["font"].Value;
                    continue;
                }

                var hex = Regex.Replace(m.Groups["hex"].Value, @"\s", "");
                var map = maps.GetValueOrDefault(current) ?? [];
                for (var i = 0; i + 4 <= hex.Length; i += 4)
                {
                    text.Append(map.GetValueOrDefault(int.Parse(hex.AsSpan(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture), "?"));
                }

                text.Append(' ');
            }
        }

        var links = new List<string>();
        if (page.Elements.GetArray("/Annots") is { } annotations)
        {
            foreach (var item in annotations.Elements)
            {
                var annotation = (item as PdfReference)?.Value as PdfDictionary ?? (PdfDictionary)item;
                if (annotation.Elements.GetDictionary("/A") is { } action)
                {
                    links.Add(action.Elements.GetString("/URI"));
                }
            }
        }

        return (Regex.Replace(text.ToString(), @"\s+", " "), links, document);
    }

    private static Dictionary<int, string> ParseCMap(string cmap)
    {
        var map = new Dictionary<int, string>();
        foreach (Match m in BfRange().Matches(Sections(cmap, "bfrange")))
        {
            var from = Hex(m.Groups[1].Value);
            var to = Hex(m.Groups[2].Value);
            var unicode = Hex(m.Groups[3].Value);
            for (var g = from; g <= to; g++)
            {
                map[g] = char.ConvertFromUtf32(unicode + (g - from));
            }
        }

        foreach (Match m in BfChar().Matches(Sections(cmap, "bfchar")))
        {
            map[Hex(m.Groups[1].Value)] = char.ConvertFromUtf32(Hex(m.Groups[2].Value));
        }

        return map;
    }

    private static string Sections(string cmap, string kind) =>
        string.Join('\n', Regex.Matches(cmap, $@"begin{kind}(.*?)end{kind}", RegexOptions.Singleline).Select(m => m.Groups[1].Value));

    private static int Hex(string value) => int.Parse(value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<font>/[A-Za-z0-9]+)\s+[\d.]+\s+Tf|<(?<hex>[0-9A-Fa-f\s]*)>\s*Tj")]
    private static partial Regex Operators();

    [GeneratedRegex(@"<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]{4,8})>")]
    private static partial Regex BfRange();

    [GeneratedRegex(@"<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]{4,8})>")]
    private static partial Regex BfChar();
}
