using Bottega.Credentials.LinkedData;
using Xunit;

namespace Bottega.Credentials.Tests.LinkedData;

public sealed class Rdfc10IssuedIdentifierTests
{
    [Fact]
    public void The_diamond_issues_identifiers_as_the_W3C_map_test_expects()
    {
        // test020m: e0 -> c14n2, e1 -> c14n0, e2 -> c14n1 (consistent with test020-rdfc10.nq).
        var dataset = NQuadsParser.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "LinkedData", "Vectors", "rdfc10", "test020-in.nq")));

        var issued = Rdfc10.IssuedIdentifiers(dataset);

        Assert.Equal("c14n2", issued["e0"]);
        Assert.Equal("c14n0", issued["e1"]);
        Assert.Equal("c14n1", issued["e2"]);
    }
}
