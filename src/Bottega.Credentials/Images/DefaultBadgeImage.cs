using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Bottega.Credentials.Images;

/// <summary>
/// The badge drawn for an achievement with no uploaded image: a round medal in the network's colour with a star, the
/// achievement's name over up to three lines, the issuer's name and, for awards, a ribbon with the level. The same
/// input always gives the same SVG (512×512, with a <c>&lt;title&gt;</c> for screen readers);
/// <see cref="BadgeRasterizer"/> turns it into the PNG.
/// </summary>
internal static class DefaultBadgeImage
{
    private const float Centre = 256;
    private const float NameTop = 150;
    private static readonly float[] NameSizes = [52, 46, 40, 35, 31, 27, 24];
    private static readonly float[] IssuerSizes = [21, 19];
    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public static string Svg(string achievementName, string issuerName, string? colour, AwardLevel? level = null)
    {
        ArgumentNullException.ThrowIfNull(achievementName);
        ArgumentNullException.ThrowIfNull(issuerName);
        var face = BadgeColour.Parse(colour);
        var ink = face.TextColour;
        var name = Clean(achievementName);
        var issuer = Clean(issuerName);
        var title = level is { } l ? $"{name} — {issuer} — {RibbonStyle.For(l).Label}" : $"{name} — {issuer}";

        var root = new XElement(Ns + "svg",
            new XAttribute("width", 512), new XAttribute("height", 512), new XAttribute("viewBox", "0 0 512 512"),
            new XAttribute("role", "img"), new XAttribute("aria-labelledby", "badge-title"),
            new XElement(Ns + "title", new XAttribute("id", "badge-title"), title),
            Gradient(face),
            Circle(248, face.Shade(-0.35).ToString()),
            Circle(236, "#FFFFFF"),
            Circle(224, "url(#badge-face)"),
            new XElement(Ns + "circle", Attributes(("cx", Centre), ("cy", Centre), ("r", 204)),
                new XAttribute("fill", "none"), new XAttribute("stroke", ink), new XAttribute("stroke-opacity", "0.35"),
                new XAttribute("stroke-width", "3"), new XAttribute("stroke-dasharray", "3 9")),
            new XElement(Ns + "path", new XAttribute("d", Star(Centre, 112, 30, 12.5f)), new XAttribute("fill", ink)));

        var bottom = level is null ? 400f : 374f;
        var issuerBlock = TextBlock(issuer, bold: false, IssuerSizes, maxHeight: 52, maxLines: 2, ink, bottom, opacity: "0.9");
        var issuerTop = bottom - (issuerBlock.Count * IssuerSizes[0] * BadgeTextLayout.LineHeight);
        root.Add(TextBlock(name, bold: true, NameSizes, maxHeight: issuerTop - 14 - NameTop, maxLines: 4, ink, issuerTop - 14, opacity: null, NameTop));
        root.Add(issuerBlock);
        if (level is { } awarded)
        {
            root.Add(Ribbon(RibbonStyle.For(awarded)));
        }

        return Serialize(new XDocument(root));
    }

    /// <summary>
    /// Lines of text centred horizontally; with <paramref name="top"/> the block is centred between it and
    /// <paramref name="bottom"/>, otherwise it sits on <paramref name="bottom"/>.
    /// </summary>
    private static List<XElement> TextBlock(string text, bool bold, float[] sizes, float maxHeight, int maxLines, string ink, float bottom, string? opacity, float? top = null)
    {
        var (lines, size) = BadgeTextLayout.Fit(text, bold, sizes, maxWidth: 330, maxHeight, maxLines);
        var lineHeight = size * BadgeTextLayout.LineHeight;
        var height = lineHeight * lines.Count;
        var blockTop = top is { } t ? t + ((bottom - t - height) / 2) : bottom - height;
        var firstBaseline = blockTop + (size * 0.9f);
        return lines.Select((line, i) => Text(line, Centre, firstBaseline + (i * lineHeight), size, bold, ink, opacity)).ToList();
    }

    private static IEnumerable<XElement> Ribbon(RibbonStyle style)
    {
        yield return Polygon("48,404 116,404 116,462 48,462 70,433", style.Shade);
        yield return Polygon("464,404 396,404 396,462 464,462 442,433", style.Shade);
        yield return new XElement(Ns + "rect", Attributes(("x", 92), ("y", 390), ("width", 328), ("height", 58), ("rx", 4)),
            new XAttribute("fill", style.Fill), new XAttribute("stroke", "#FFFFFF"), new XAttribute("stroke-width", "3"));
        yield return Text(style.Label, Centre, 430, 28, bold: true, style.Ink);
    }

    private static XElement Gradient(BadgeColour face) =>
        new(Ns + "defs",
            new XElement(Ns + "linearGradient", new XAttribute("id", "badge-face"),
                new XAttribute("x1", "0"), new XAttribute("y1", "0"), new XAttribute("x2", "0"), new XAttribute("y2", "1"),
                new XElement(Ns + "stop", new XAttribute("offset", "0"), new XAttribute("stop-color", face.Shade(0.18).ToString())),
                new XElement(Ns + "stop", new XAttribute("offset", "1"), new XAttribute("stop-color", face.Shade(-0.12).ToString()))));

    private static XElement Circle(float radius, string fill) =>
        new(Ns + "circle", Attributes(("cx", Centre), ("cy", Centre), ("r", radius)), new XAttribute("fill", fill));

    private static XElement Polygon(string points, string fill) =>
        new(Ns + "polygon", new XAttribute("points", points), new XAttribute("fill", fill));

    private static XElement Text(string text, float x, float y, float size, bool bold, string fill, string? opacity = null)
    {
        var element = new XElement(Ns + "text", Attributes(("x", x), ("y", y), ("font-size", size)),
            new XAttribute("font-family", BadgeFonts.CssFamily), new XAttribute("font-weight", bold ? "bold" : "normal"),
            new XAttribute("text-anchor", "middle"), new XAttribute("fill", fill), text);
        if (opacity is not null)
        {
            element.SetAttributeValue("fill-opacity", opacity);
        }

        return element;
    }

    private static IEnumerable<XAttribute> Attributes(params (string Name, float Value)[] values) =>
        values.Select(v => new XAttribute(v.Name, Number(v.Value)));

    private static string Star(float cx, float cy, float outer, float inner)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < 10; i++)
        {
            var radius = i % 2 == 0 ? outer : inner;
            var angle = (Math.PI / 5 * i) - (Math.PI / 2);
            builder.Append(i == 0 ? 'M' : 'L')
                .Append(Number((float)(cx + (radius * Math.Cos(angle))))).Append(' ')
                .Append(Number((float)(cy + (radius * Math.Sin(angle))))).Append(' ');
        }

        return builder.Append('Z').ToString();
    }

    private static string Number(float value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Control characters out (XML cannot carry most of them), emoji too (no glyphs), whitespace collapsed, never empty.</summary>
    private static string Clean(string text)
    {
        var kept = new string(text.Where(c => char.IsWhiteSpace(c) || !(char.IsControl(c) || char.IsSurrogate(c))).ToArray());
        var collapsed = string.Join(' ', kept.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? "Badge" : collapsed;
    }

    private static string Serialize(XDocument document)
    {
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(builder, new XmlWriterSettings { OmitXmlDeclaration = true, Indent = true }))
        {
            document.Save(writer);
        }

        return builder.ToString();
    }
}
