using System.Text;
using System.Xml.Linq;
using Bottega.Credentials.Baking;
using Xunit;

namespace Bottega.Credentials.Tests.Baking;

public sealed class SvgBakerTests
{
    private const string Plain = """<?xml version="1.0" encoding="UTF-8"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></svg>""";
    private const string Json = """{"id":"https://bottega.example/c/1","name":"Coding ]]> tricky"}""";
    private const string Jws = "eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJ4In0.c2lnbmF0dXJl";

    private static byte[] Svg(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Assertion_is_baked_as_first_child_with_verify_and_cdata_and_reads_back()
    {
        var baked = SvgBaker.BakeAssertion(Svg(Plain), "https://bottega.example/a/1", Json);

        Assert.True(baked.Succeeded, baked.Failure);
        var root = XDocument.Parse(Encoding.UTF8.GetString(baked.Image!)).Root!;
        var first = root.Elements().First();
        Assert.Equal(XName.Get("assertion", "http://openbadges.org"), first.Name);
        Assert.Equal("http://openbadges.org", root.Attribute(XNamespace.Xmlns + "openbadges")?.Value);
        Assert.Equal("https://bottega.example/a/1", first.Attribute("verify")?.Value);
        var read = SvgBaker.ReadAssertion(baked.Image!);
        Assert.Equal(Json, read.Payload);
        Assert.Equal("https://bottega.example/a/1", read.Verify);
    }

    [Fact]
    public void Credential_json_goes_in_cdata_under_the_v3_namespace()
    {
        var baked = SvgBaker.BakeCredential(Svg(Plain), Json).Image!;

        var text = Encoding.UTF8.GetString(baked);
        Assert.Contains("xmlns:openbadges=\"https://purl.imsglobal.org/ob/v3p0\"", text, StringComparison.Ordinal);
        Assert.Contains("<openbadges:credential><![CDATA[", text, StringComparison.Ordinal);
        Assert.Equal(Json, SvgBaker.ReadCredential(baked).Payload);
    }

    [Fact]
    public void Credential_jws_goes_in_the_verify_attribute()
    {
        var baked = SvgBaker.BakeCredential(Svg(Plain), Jws).Image!;

        var element = XDocument.Parse(Encoding.UTF8.GetString(baked)).Root!.Elements().First();
        Assert.Equal(Jws, element.Attribute("verify")?.Value);
        Assert.True(element.IsEmpty);
        Assert.Equal(Jws, SvgBaker.ReadCredential(baked).Payload);
    }

    [Fact]
    public void Baking_again_replaces_the_element_and_both_versions_coexist()
    {
        var svg = SvgBaker.BakeCredential(Svg(Plain), "{\"v\":1}").Image!;
        svg = SvgBaker.BakeCredential(svg, "{\"v\":2}").Image!;
        svg = SvgBaker.BakeAssertion(svg, Jws, null).Image!;

        var root = XDocument.Parse(Encoding.UTF8.GetString(svg)).Root!;
        Assert.Single(root.Descendants(XName.Get("credential", BakedKeywords.CredentialNamespace)));
        Assert.Equal("{\"v\":2}", SvgBaker.ReadCredential(svg).Payload);
        Assert.Equal(Jws, SvgBaker.ReadAssertion(svg).Payload);
    }

    [Fact]
    public void Plain_svg_reads_as_absent_and_two_elements_as_invalid()
    {
        const string twice = """<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"><openbadges:credential verify="a.b.c"/><openbadges:credential verify="d.e.f"/></svg>""";

        Assert.Equal(BakedPayloadStatus.Absent, SvgBaker.ReadCredential(Svg(Plain)).Status);
        Assert.Equal(BakingFailures.DuplicateElement, SvgBaker.ReadCredential(Svg(twice)).Failure);
    }

    [Fact]
    public void Xxe_attempt_is_refused_without_reading_the_file()
    {
        const string xxe = """<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0"><openbadges:credential>&xxe;</openbadges:credential></svg>""";

        var read = SvgBaker.ReadCredential(Svg(xxe));

        Assert.Equal(BakedPayloadStatus.Invalid, read.Status);
        Assert.Equal(BakingFailures.Doctype, read.Failure);
        Assert.Equal(BakingFailures.Doctype, SvgBaker.BakeCredential(Svg(xxe), Json).Failure);
    }

    [Theory]
    [InlineData("not xml at all")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>")]
    [InlineData("<html><body/></html>")]
    [InlineData("<svg><circle/></svg>")]
    public void Not_an_svg_gives_a_verdict(string text)
    {
        var read = SvgBaker.ReadAssertion(Svg(text));

        Assert.Equal(BakedPayloadStatus.Invalid, read.Status);
        Assert.NotNull(read.Failure);
    }

    [Fact]
    public void Oversized_svg_is_refused_before_parsing()
    {
        var huge = new byte[BakingLimits.MaxImageBytes + 1];

        Assert.Equal(BakingFailures.TooLarge, SvgBaker.ReadCredential(huge).Failure);
    }
}
