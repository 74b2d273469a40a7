using Bottega.Platform.Text;
using Xunit;

namespace Bottega.Platform.Tests;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Agliè", "aglie")]
    [InlineData("  Forlì-Cesena ", "forli-cesena")]
    [InlineData("SANT'AGATA", "sant'agata")]
    [InlineData(null, "")]
    public void Names_are_searched_without_case_or_accents(string? name, string expected) => Assert.Equal(expected, SearchText.Normalize(name));
}
