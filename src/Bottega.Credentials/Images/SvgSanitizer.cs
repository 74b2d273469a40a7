using System.Text.RegularExpressions;
using System.Xml.Linq;
using Bottega.Credentials.Baking;

namespace Bottega.Credentials.Images;

/// <summary>
/// Cleans an uploaded SVG in place by allow-list: only drawing elements of the SVG namespace stay (no script,
/// foreignObject, animation, iframe, elements of other namespaces: a baked badge of someone else goes too); no
/// <c>on*</c> attribute, no link but to a fragment of the document or an inline raster image, no CSS that reaches
/// outside; comments and processing instructions out.
/// </summary>
internal static partial class SvgSanitizer
{
    private static readonly XNamespace Xlink = "http://www.w3.org/1999/xlink";

    private static readonly HashSet<string> AllowedElements = new(StringComparer.Ordinal)
    {
        "svg", "g", "defs", "title", "desc", "symbol", "use", "path", "rect", "circle", "ellipse", "line", "polyline",
        "polygon", "text", "tspan", "textPath", "linearGradient", "radialGradient", "stop", "clipPath", "mask",
        "pattern", "marker", "image", "style", "filter", "feGaussianBlur", "feOffset", "feBlend", "feColorMatrix",
        "feComposite", "feFlood", "feMerge", "feMergeNode", "feDropShadow", "feMorphology",
    };

    private static readonly string[] InlineImages = ["data:image/png;base64,", "data:image/jpeg;base64,", "data:image/gif;base64,", "data:image/webp;base64,"];

    /// <summary>How many elements, attributes and other nodes were removed.</summary>
    public static int Sanitize(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var removed = 0;
        foreach (var node in document.DescendantNodes().Where(n => n is XComment or XProcessingInstruction or XDocumentType).ToList())
        {
            node.Remove();
            removed++;
        }

        foreach (var element in document.Root!.DescendantsAndSelf().ToList())
        {
            if (element.Document is null)
            {
                continue;
            }

            if (element.Parent is not null && !IsAllowed(element))
            {
                element.Remove();
                removed++;
                continue;
            }

            foreach (var attribute in element.Attributes().Where(a => !IsAllowed(element, a)).ToList())
            {
                attribute.Remove();
                removed++;
            }
        }

        return removed;
    }

    private static bool IsAllowed(XElement element) =>
        element.Name.Namespace == SafeSvg.SvgNamespace && AllowedElements.Contains(element.Name.LocalName)
        && (element.Name.LocalName != "style" || IsSafeCss(element.Value));

    private static bool IsAllowed(XElement element, XAttribute attribute)
    {
        var name = attribute.Name;
        if (attribute.IsNamespaceDeclaration)
        {
            return attribute.Value == SafeSvg.SvgNamespace.NamespaceName || attribute.Value == Xlink.NamespaceName;
        }

        if (name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase) || Squeezed(attribute.Value).Contains("javascript:", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (name == Xlink + "href" || name == "href")
        {
            return IsSafeLink(element, attribute.Value);
        }

        if (name.Namespace == XNamespace.Xml)
        {
            return name.LocalName is "space" or "lang";
        }

        if (name.Namespace != XNamespace.None)
        {
            return false;
        }

        return name.LocalName == "style" ? IsSafeCss(attribute.Value) : !ExternalUrl().IsMatch(attribute.Value);
    }

    private static bool IsSafeLink(XElement element, string value)
    {
        var link = value.Trim();
        return (link.StartsWith('#') && link.Length > 1)
            || (element.Name.LocalName == "image" && InlineImages.Any(p => link.StartsWith(p, StringComparison.OrdinalIgnoreCase)));
    }

    private static bool IsSafeCss(string css)
    {
        var squeezed = Squeezed(css);
        return !ExternalUrl().IsMatch(css)
            && !squeezed.Contains("@import", StringComparison.OrdinalIgnoreCase)
            && !squeezed.Contains("expression(", StringComparison.OrdinalIgnoreCase)
            && !squeezed.Contains("javascript:", StringComparison.OrdinalIgnoreCase)
            && !squeezed.Contains("-moz-binding", StringComparison.OrdinalIgnoreCase)
            && !squeezed.Contains("behavior:", StringComparison.OrdinalIgnoreCase)
            && !squeezed.Contains('\\', StringComparison.Ordinal);
    }

    /// <summary>Without whitespace and control characters, which browsers skip inside "java script:" and similar.</summary>
    private static string Squeezed(string value) => new(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());

    /// <summary>A CSS <c>url(…)</c> whose target is not a fragment of this document.</summary>
    [GeneratedRegex(@"url\s*\(\s*(?!['""]?\s*#)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ExternalUrl();
}
