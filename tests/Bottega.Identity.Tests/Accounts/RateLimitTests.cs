using System.Net;
using Bottega.Testing;
using Xunit;

namespace Bottega.Identity.Tests.Accounts;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Sign_in_and_sign_up_answer_429_past_the_limit_per_minute()
    {
        var (factory, database) = await AppFixture.IsolatedAsync(f => f.With("RateLimits:SignInPerMinute", "3"));
        await using (database)
        await using (factory)
        {
            var client = factory.ClientFor(null);
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 4; i++)
            {
                statuses.Add((await client.GetAsync("/account/accedi")).StatusCode);
            }

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
            Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/account/registrati")).StatusCode);
        }
    }
}
