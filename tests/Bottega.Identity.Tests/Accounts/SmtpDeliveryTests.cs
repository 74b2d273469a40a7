using Bottega.Demo;
using Bottega.Testing;
using Xunit;

namespace Bottega.Identity.Tests.Accounts;

public sealed class SmtpDeliveryTests
{
    [Fact]
    public async Task With_an_smtp_host_configured_mail_goes_out_through_smtp_and_not_to_the_pickup_folder()
    {
        using var smtp = new LoopbackSmtpServer();
        var (factory, database) = await AppFixture.IsolatedAsync(f => f
            .With("Email:SmtpHost", "127.0.0.1")
            .With("Email:SmtpPort", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Email:SmtpStartTls", "false")
            .With("Email:FromAddress", "formazione@ente.example.it"));
        await using (database)
        await using (factory)
        {
            await factory.ClientFor(null).PostFormAsync("/account/password-dimenticata", new Dictionary<string, string> { ["Email"] = DemoAccounts.Learner });

            var message = await smtp.Message.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Contains(smtp.Commands, c => c.StartsWith("MAIL FROM:<formazione@ente.example.it>", StringComparison.Ordinal));
            Assert.Contains(smtp.Commands, c => c.StartsWith($"RCPT TO:<{DemoAccounts.Learner}>", StringComparison.Ordinal));
            Assert.Contains("/account/reimposta-password", message.Replace("=\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Equal(0, MailLinks.CountTo(factory.MailFolder, DemoAccounts.Learner));
        }
    }
}
