using Bottega.Platform.Search;
using Xunit;

namespace Bottega.Platform.Tests;

public sealed class ItalianTermsTests
{
    [Theory]
    [InlineData("abbandonata", "abbandon")]
    [InlineData("abbandonati", "abbandon")]
    [InlineData("abbandonato", "abbandon")]
    [InlineData("formazione", "formazion")]
    [InlineData("formazioni", "formazion")]
    [InlineData("digitale", "digital")]
    [InlineData("digitali", "digital")]
    [InlineData("appalto", "appalt")]
    [InlineData("appalti", "appalt")]
    [InlineData("amministrazioni", "amministr")]
    public void Words_are_reduced_to_their_Snowball_Italian_stem(string word, string stem) => Assert.Equal(stem, ItalianTerms.Stem(word));

    [Theory]
    [InlineData("Qualità", "qualita")]
    [InlineData("CITTÀ", "citta")]
    public void Case_and_accents_are_folded_before_stemming(string accented, string plain) =>
        Assert.Equal(ItalianTerms.Stem(plain), ItalianTerms.Stem(accented));

    [Fact]
    public void Stop_words_and_elided_articles_are_left_out() =>
        Assert.Equal(["formazion", "amministr", "pubblic"], ItalianTerms.Terms("La formazione dell'amministrazione è per il pubblico"));
}
