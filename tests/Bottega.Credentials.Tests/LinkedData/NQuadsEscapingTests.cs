using Bottega.Credentials.LinkedData;
using Xunit;

namespace Bottega.Credentials.Tests.LinkedData;

public sealed class NQuadsEscapingTests
{
    [Theory]
    [InlineData("\"", "\"\\\"\"")]
    [InlineData("\\", "\"\\\\\"")]
    [InlineData("\n\r\t\b\f", "\"\\n\\r\\t\\b\\f\"")]
    [InlineData("\u0000\u000B\u001F\u007F", "\"\\u0000\\u000B\\u001F\\u007F\"")]
    [InlineData("'∞\u0080🌃", "\"'∞\u0080🌃\"")]
    public void Literals_are_escaped_as_canonical_N_Quads_require(string value, string expected)
    {
        Assert.Equal(expected, NQuadsSerializer.Term(RdfTerm.Literal(value)));
    }

    [Fact]
    public void Unicode_escapes_in_the_input_are_decoded_and_written_back_raw()
    {
        var dataset = NQuadsParser.Parse("<urn:ex:s> <urn:ex:\\u0065\\u0078> \"\\u221e\\U0001F303\\t\"^^<urn:ex:\\u0064\\u0074> <urn:ex:g> .\n");

        Assert.Equal("<urn:ex:s> <urn:ex:ex> \"∞🌃\\t\"^^<urn:ex:dt> <urn:ex:g> .\n", Rdfc10.Canonicalize(dataset));
    }

    [Fact]
    public void Language_tags_and_the_string_datatype_are_written_in_canonical_form()
    {
        var dataset = NQuadsParser.Parse(
            "<urn:s> <urn:p> \"a\"@en .\n<urn:s> <urn:p> \"b\"^^<http://www.w3.org/2001/XMLSchema#string> .\n");

        Assert.Equal("<urn:s> <urn:p> \"a\"@en .\n<urn:s> <urn:p> \"b\" .\n", Rdfc10.Canonicalize(dataset));
    }

    [Fact]
    public void Lines_are_sorted_by_code_point_not_by_UTF16_unit()
    {
        // U+FF61 sorts before U+1F303 by code point although its UTF-16 unit is larger than the high surrogate.
        var dataset = NQuadsParser.Parse("<urn:s> <urn:p> \"🌃\" .\n<urn:s> <urn:p> \"\uFF61\" .\n");

        Assert.Equal("<urn:s> <urn:p> \"\uFF61\" .\n<urn:s> <urn:p> \"🌃\" .\n", Rdfc10.Canonicalize(dataset));
    }

    [Fact]
    public void Malformed_N_Quads_are_reported_with_the_line()
    {
        var error = Assert.Throws<FormatException>(() => NQuadsParser.Parse("<urn:s> <urn:p> \"open .\n"));

        Assert.Contains("riga 1", error.Message, StringComparison.Ordinal);
    }
}
