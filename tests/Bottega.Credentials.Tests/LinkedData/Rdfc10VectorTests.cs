using Bottega.Credentials.LinkedData;
using Xunit;

namespace Bottega.Credentials.Tests.LinkedData;

public sealed class Rdfc10VectorTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "LinkedData", "Vectors", "rdfc10");

    public static TheoryData<string> Vectors() => new(Names());

    private static List<string> Names() =>
        Directory.GetFiles(Folder, "*-in.nq").Select(file => Path.GetFileName(file)[..7]).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void The_suite_has_at_least_forty_vectors_including_the_evil_ones()
    {
        var names = Names();
        Assert.True(names.Count >= 40);
        Assert.Contains("test044", names);
        Assert.Contains("test045", names);
        Assert.Contains("test046", names);
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Canonical_form_matches_the_W3C_expected_output(string test)
    {
        var input = File.ReadAllText(Path.Combine(Folder, test + "-in.nq"));
        var expected = File.ReadAllText(Path.Combine(Folder, test + "-rdfc10.nq"));

        var canonical = Rdfc10.Canonicalize(NQuadsParser.Parse(input));

        Assert.Equal(expected, canonical);
    }
}
