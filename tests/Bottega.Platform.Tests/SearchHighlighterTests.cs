using Bottega.Platform.Search;
using Xunit;

namespace Bottega.Platform.Tests;

public sealed class SearchHighlighterTests
{
    [Fact]
    public void The_matching_inflected_words_are_marked() =>
        Assert.Equal(
            "Due <mark>formazioni</mark> <mark>digitali</mark> e un appalto",
            SearchHighlighter.Highlight("Due formazioni digitali e un appalto", "formazione digitale"));

    [Fact]
    public void Accented_words_match_an_unaccented_query() =>
        Assert.Equal("<mark>Qualità</mark> dei servizi", SearchHighlighter.Highlight("Qualità dei servizi", "qualita"));

    [Fact]
    public void The_last_query_word_marks_as_a_prefix() =>
        Assert.Equal("Servizi <mark>digitali</mark>", SearchHighlighter.Highlight("Servizi digitali", "digi"));

    [Fact]
    public void The_rest_of_the_text_is_html_encoded() =>
        Assert.Equal(
            "&lt;script&gt;alert(&quot;<mark>formazione</mark>&quot; &amp; &#39;x&#39;)&lt;/script&gt;",
            SearchHighlighter.Highlight("<script>alert(\"formazione\" & 'x')</script>", "formazioni"));

    [Fact]
    public void A_script_query_is_not_markup() =>
        Assert.Equal("&lt;<mark>script</mark>&gt;", SearchHighlighter.Highlight("<script>", "<script>"));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("\"*NEAR(")]
    public void Without_query_words_nothing_is_marked(string? query) =>
        Assert.Equal("a &lt; b", SearchHighlighter.Highlight("a < b", query));

    [Fact]
    public void A_snippet_is_cut_around_the_first_match()
    {
        var text = string.Concat(Enumerable.Repeat("testo di riempimento ", 20)) + "gli appalti pubblici " + string.Concat(Enumerable.Repeat("altro testo ", 20));

        var snippet = SearchHighlighter.Snippet(text, "appalto", 60);

        Assert.StartsWith("…", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>appalti</mark>", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal).Length <= 62, snippet);
    }

    [Fact]
    public void A_short_text_is_its_own_snippet() =>
        Assert.Equal("<mark>Appalti</mark> &amp; gare", SearchHighlighter.Snippet("Appalti & gare", "appalto", 100));
}
