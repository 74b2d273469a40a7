using Bottega.Demo;
using Bottega.Testing;
using Xunit;

namespace Bottega.Identity.Tests;

public sealed class ProfileTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Signed_in_person_sees_the_account_menu()
    {
        var document = await app.Factory.ClientFor(DemoAccounts.Learner).GetDocumentAsync("/");
        Assert.NotNull(document.QuerySelector("a[href='/profilo']"));
        Assert.NotNull(document.QuerySelector("select[name=rete]"));
    }
}
