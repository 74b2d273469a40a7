using System.Text;
using System.Xml.Linq;
using Bottega.Credentials.Baking;
using Bottega.Credentials.Images;
using Bottega.Credentials.Tests.Baking;
using Xunit;

namespace Bottega.Credentials.Tests.Images;

public sealed class BadgeImageValidatorTests
{
    private static byte[] Svg(string text) => Encoding.UTF8.GetBytes(text);

    private static string Text(BadgeImageCheck check) => Encoding.UTF8.GetString(check.Bytes!);

    [Fact]
    public void Real_png_is_accepted_with_its_size()
    {
        var check = BadgeImageValidator.Validate(TestPng.Create(300, 200), "badge.PNG");

        Assert.True(check.IsValid, check.Failure);
        Assert.Equal(BadgeImageCheck.Png, check.ContentType);
        Assert.Equal((300, 200), (check.Width, check.Height));
    }

    [Fact]
    public void Png_loses_its_text_chunks_and_any_baked_badge()
    {
        var baked = PngBaker.Bake(TestPng.Create(128, 128), BakedKeywords.OpenBadges, "https://elsewhere.example/a/1").Image!;

        var check = BadgeImageValidator.Validate(baked, "badge.png");

        Assert.True(check.IsValid, check.Failure);
        Assert.Equal(1, check.Removed);
        Assert.Equal(BakedPayloadStatus.Absent, PngBaker.Read(check.Bytes!, BakedKeywords.OpenBadges).Status);
    }

    [Fact]
    public void Executable_renamed_png_is_refused()
    {
        byte[] exe = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0];

        Assert.Equal(BakingFailures.NotPng, BadgeImageValidator.Validate(exe, "badge.png").Failure);
    }

    [Theory]
    [InlineData("badge.gif")]
    [InlineData("badge.png.exe")]
    [InlineData("badge")]
    public void Other_extensions_are_refused(string fileName)
    {
        Assert.Equal(ImageFailures.WrongKind, BadgeImageValidator.Validate(TestPng.Create(100, 100), fileName).Failure);
    }

    [Fact]
    public void Content_and_extension_must_agree()
    {
        Assert.Equal(ImageFailures.ExtensionMismatch, BadgeImageValidator.Validate(TestPng.Create(100, 100), "badge.svg").Failure);
        Assert.Equal(ImageFailures.ExtensionMismatch, BadgeImageValidator.Validate(Svg("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"), "badge.png").Failure);
    }

    [Theory]
    [InlineData(2049, 100, ImageFailures.TooBig)]
    [InlineData(100, 3000, ImageFailures.TooBig)]
    [InlineData(32, 100, ImageFailures.TooSmall)]
    public void Png_dimensions_must_be_sane(int width, int height, string failure)
    {
        Assert.Equal(failure, BadgeImageValidator.Validate(TestPng.Create(width, height), "badge.png").Failure);
    }

    [Fact]
    public void Upload_over_two_megabytes_is_refused()
    {
        Assert.Equal(ImageFailures.TooLarge, BadgeImageValidator.Validate(new byte[BadgeImageValidator.MaxBytes + 1], "badge.png").Failure);
    }

    [Fact]
    public void Png_with_damaged_pixel_data_but_right_crcs_is_refused()
    {
        var png = TestPng.Create(100, 100);
        var header = png[..33];
        var idat = TestPng.Chunk("IDAT", [0x78, 0x9C, 0xFF, 0xFF, 0xFF, 0x00]);
        byte[] forged = [.. header, .. idat, .. png[^12..]];

        Assert.Equal(ImageFailures.Undecodable, BadgeImageValidator.Validate(forged, "badge.png").Failure);
    }

    [Fact]
    public void Svg_with_script_event_handlers_and_javascript_links_is_cleaned()
    {
        const string hostile = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100" onload="alert(1)">
              <script>alert(2)</script>
              <foreignObject width="100" height="100"><body xmlns="http://www.w3.org/1999/xhtml"><iframe src="https://evil.example"/></body></foreignObject>
              <a xlink:href="javascript:alert(3)"><circle cx="50" cy="50" r="40" fill="red"/></a>
              <circle id="c" cx="50" cy="50" r="30" fill="blue" OnClick="alert(4)" style="fill: url(https://evil.example/x)"/>
              <use xlink:href="https://evil.example/sprite.svg#icon"/>
              <use href="#c"/>
              <image href=" java&#x09;script:alert(5)"/>
              <set attributeName="href" to="javascript:alert(6)"/>
              <rect width="10" height="10" fill="url(#g)" filter="url( 'https://evil.example/f' )"/>
              <style>@import url(https://evil.example/a.css);</style>
              <?xml-stylesheet href="https://evil.example/b.css"?>
            </svg>
            """;

        var check = BadgeImageValidator.Validate(Svg(hostile), "hostile.svg");

        Assert.True(check.IsValid, check.Failure);
        Assert.Equal(BadgeImageCheck.Svg, check.ContentType);
        var text = Text(check);
        foreach (var banned in new[] { "script", "onload", "OnClick", "foreignObject", "iframe", "evil.example", "<a", "<set", "<style", "javascript" })
        {
            Assert.DoesNotContain(banned, text, StringComparison.OrdinalIgnoreCase);
        }

        var kept = XDocument.Parse(text);
        Assert.Contains(kept.Descendants(), e => e.Attribute("href")?.Value == "#c");
        Assert.Contains(kept.Descendants(), e => e.Attribute("fill")?.Value == "url(#g)");
    }

    [Fact]
    public void Svg_with_an_entity_declaration_is_refused()
    {
        const string xxe = """<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&xxe;</text></svg>""";
        const string bomb = """<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>""";

        Assert.Equal(BakingFailures.Doctype, BadgeImageValidator.Validate(Svg(xxe), "x.svg").Failure);
        Assert.Equal(BakingFailures.Doctype, BadgeImageValidator.Validate(Svg(bomb), "x.svg").Failure);
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>", BakingFailures.NotXml)]
    [InlineData("<html xmlns=\"http://www.w3.org/1999/xhtml\"/>", BakingFailures.NotSvg)]
    [InlineData("GIF89a", BakingFailures.NotSvg)]
    public void Malformed_or_foreign_svg_is_refused(string text, string failure)
    {
        Assert.Equal(failure, BadgeImageValidator.Validate(Svg(text), "x.svg").Failure);
    }

    [Fact]
    public void Deeply_nested_svg_is_refused()
    {
        var nested = string.Concat(Enumerable.Repeat("<g>", 200)) + string.Concat(Enumerable.Repeat("</g>", 200));

        var check = BadgeImageValidator.Validate(Svg($"<svg xmlns=\"http://www.w3.org/2000/svg\">{nested}</svg>"), "x.svg");

        Assert.Equal(ImageFailures.TooComplex, check.Failure);
    }

    [Fact]
    public void Clean_svg_keeps_its_drawing_and_can_be_rasterized_and_baked()
    {
        var svg = Svg(DefaultBadgeImage.Svg("Badge caricata", "Rete", "#336699", AwardLevel.Gold));

        var check = BadgeImageValidator.Validate(svg, "mia-badge.svg");

        Assert.True(check.IsValid, check.Failure);
        Assert.Equal(0, check.Removed);
        var png = BadgeRasterizer.ToPng(check.Bytes!);
        Assert.NotNull(png);
        Assert.True(BadgeImageValidator.Validate(png!, "mia-badge.png").IsValid);
        Assert.True(SvgBaker.BakeCredential(check.Bytes!, "{}").Succeeded);
    }
}
