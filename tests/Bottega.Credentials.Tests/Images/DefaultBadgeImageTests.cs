using System.Xml.Linq;
using Bottega.Credentials.Baking;
using Bottega.Credentials.Images;
using SkiaSharp;
using Xunit;

namespace Bottega.Credentials.Tests.Images;

public sealed class DefaultBadgeImageTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Same_input_gives_the_same_svg()
    {
        var first = DefaultBadgeImage.Svg("Competenze digitali di base", "Rete dei Comuni del Friuli", "#0B7A75", AwardLevel.Gold);
        var second = DefaultBadgeImage.Svg("Competenze digitali di base", "Rete dei Comuni del Friuli", "#0B7A75", AwardLevel.Gold);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Svg_has_an_accessible_title_with_name_issuer_and_level()
    {
        var svg = XDocument.Parse(DefaultBadgeImage.Svg("Cittadinanza digitale", "Rete Marche", "#123456", AwardLevel.Silver));

        var root = svg.Root!;
        Assert.Equal("img", root.Attribute("role")?.Value);
        Assert.Equal("badge-title", root.Attribute("aria-labelledby")?.Value);
        Assert.Equal("Cittadinanza digitale — Rete Marche — ARGENTO", root.Element(Svg + "title")?.Value);
        Assert.Contains(root.Descendants(Svg + "text"), t => t.Value == "ARGENTO");
    }

    [Fact]
    public void Long_name_wraps_over_at_most_four_lines_and_markup_in_names_stays_text()
    {
        const string name = "Gestione documentale, conservazione digitale e <script>alert(1)</script> protocollo informatico negli enti locali della regione";

        var svg = XDocument.Parse(DefaultBadgeImage.Svg(name, "Rete & Co.", null));

        var bold = svg.Descendants(Svg + "text").Where(t => t.Attribute("font-weight")?.Value == "bold").ToList();
        Assert.InRange(bold.Count, 2, 4);
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName == "script");
    }

    [Fact]
    public void Light_network_colour_gets_dark_text()
    {
        var svg = XDocument.Parse(DefaultBadgeImage.Svg("Badge", "Rete", "#FFEE88"));

        Assert.All(svg.Descendants(Svg + "text"), t => Assert.Equal("#1A1A1A", t.Attribute("fill")?.Value));
    }

    [Fact]
    public void Unreadable_colour_falls_back_to_the_default_blue()
    {
        Assert.Equal(BadgeColour.Default, BadgeColour.Parse("rosso\"/><script>"));
    }

    [Fact]
    public void Png_of_the_default_badge_is_a_512_pixel_image_with_the_colour_and_bakes()
    {
        var png = BadgeRasterizer.ToPng(DefaultBadgeImage.Svg("Sicurezza informatica", "Rete Umbria", "#0066CC", AwardLevel.Bronze));

        Assert.NotNull(png);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(512, bitmap.Width);
        Assert.Equal(512, bitmap.Height);
        Assert.Equal(0, bitmap.GetPixel(2, 2).Alpha);
        var face = bitmap.GetPixel(256, 170);
        Assert.True(face.Blue > face.Red, face.ToString());
        Assert.True(PngBaker.Bake(png!, BakedKeywords.OpenBadgeCredential, "{}").Succeeded);
    }

    [Fact]
    public void Png_text_is_drawn_with_the_embedded_font()
    {
        var png = BadgeRasterizer.ToPng(DefaultBadgeImage.Svg("Testo ben visibile", "Rete", "#0066CC"))!;

        using var bitmap = SKBitmap.Decode(png);
        var white = 0;
        for (var x = 100; x < 412; x += 2)
        {
            for (var y = 180; y < 330; y += 2)
            {
                var pixel = bitmap.GetPixel(x, y);
                white += pixel.Red > 230 && pixel.Green > 230 && pixel.Blue > 230 ? 1 : 0;
            }
        }

        Assert.True(white > 300, $"only {white} white pixels in the name area: its text was not drawn");
    }

    [Fact]
    public void Baked_svg_still_draws()
    {
        var svg = System.Text.Encoding.UTF8.GetBytes(DefaultBadgeImage.Svg("Badge", "Rete", "#0066CC"));
        var baked = SvgBaker.BakeCredential(svg, "{\"id\":\"urn:uuid:1\"}").Image!;

        Assert.NotNull(BadgeRasterizer.ToPng(baked));
    }

    [Theory]
    [InlineData("not svg")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><g>")]
    [InlineData("<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text>&x;</text></svg>")]
    public void Rasterizer_gives_null_rather_than_throwing(string svg)
    {
        Assert.Null(BadgeRasterizer.ToPng(svg));
    }
}
