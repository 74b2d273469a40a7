using System.Globalization;
using System.Text;
using Bottega.Credentials.LinkedData;
using Xunit;

namespace Bottega.Credentials.Tests.LinkedData;

public sealed class Rdfc10PoisonTests
{
    [Fact]
    public void A_clique_of_ten_blank_nodes_is_refused_with_a_clear_error_instead_of_running_for_ever()
    {
        // The shape of W3C test074 ("poison - Clique Graph (negative test)"): every blank node linked to every other.
        var text = new StringBuilder();
        for (var a = 0; a < 10; a++)
        {
            for (var b = 0; b < 10; b++)
            {
                if (a != b)
                {
                    text.Append(CultureInfo.InvariantCulture, $"_:e{a} <http://example.org/vocab#p> _:e{b} .\n");
                }
            }
        }

        var dataset = NQuadsParser.Parse(text.ToString());

        var error = Assert.Throws<CanonicalizationException>(() => Rdfc10.Canonicalize(dataset));
        Assert.Contains("Canonicalizzazione interrotta", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dataset_larger_than_the_quad_limit_is_refused()
    {
        var dataset = NQuadsParser.Parse("<urn:a> <urn:p> \"1\" .\n<urn:a> <urn:p> \"2\" .\n");

        Assert.Throws<CanonicalizationException>(() => Rdfc10.Canonicalize(dataset, new Rdfc10Limits(1, 10, 6)));
    }
}
