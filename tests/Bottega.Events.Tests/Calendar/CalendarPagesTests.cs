using Bottega.Demo;
using Bottega.Events.Domain;
using Bottega.Events.Tests.Management;
using Bottega.Testing;
using Xunit;

namespace Bottega.Events.Tests.Calendar;

public sealed class CalendarPagesTests(AppFixture app) : IClassFixture<AppFixture>
{
    private const string Network = DemoAccounts.Rup;
    private static readonly string Member = DemoAccounts.ModeratorOf(Network);

    [Fact]
    public async Task The_month_view_puts_a_session_at_half_past_midnight_on_its_Rome_day()
    {
        var title = EventArrange.Unique("Mezzanotte");
        var eventId = await EventArrange.EventAsync(app.Factory, Network, title, new DateOnly(2031, 12, 1), new TimeOnly(0, 30));
        var member = app.Factory.ClientFor(Member);

        var december = await member.GetDocumentAsync($"/reti/{Network}/eventi?vista=mese&mese=2031-12");
        var november = await member.GetDocumentAsync($"/reti/{Network}/eventi?vista=mese&mese=2031-11");

        Assert.NotNull(december.QuerySelector($"td[data-day='2031-12-01'] a[href='/reti/{Network}/eventi/{eventId}']"));
        Assert.Null(november.QuerySelector($"a[href='/reti/{Network}/eventi/{eventId}']"));
        Assert.NotNull(december.QuerySelector("table caption"));
        Assert.Equal(7, december.QuerySelectorAll("table thead th[scope=col]").Length);
        Assert.NotNull(december.QuerySelector($"a[href*='mese=2032-01']"));
    }

    [Fact]
    public async Task The_mine_filter_lists_only_events_the_person_is_registered_for()
    {
        var day = new DateOnly(2031, 2, 4);
        var mine = await EventArrange.EventAsync(app.Factory, Network, EventArrange.Unique("Iscritto"), day, new TimeOnly(9, 0));
        var waiting = await EventArrange.EventAsync(app.Factory, Network, EventArrange.Unique("In attesa"), day, new TimeOnly(11, 0));
        var other = await EventArrange.EventAsync(app.Factory, Network, EventArrange.Unique("Altro"), day, new TimeOnly(15, 0));
        var dropped = await EventArrange.EventAsync(app.Factory, Network, EventArrange.Unique("Rinunciato"), day, new TimeOnly(17, 0));
        await EventArrange.RegisterAsync(app.Factory, mine, Member, RegistrationStatus.Confirmed);
        await EventArrange.RegisterAsync(app.Factory, waiting, Member, RegistrationStatus.Waitlisted);
        await EventArrange.RegisterAsync(app.Factory, dropped, Member, RegistrationStatus.Cancelled);

        var page = await app.Factory.ClientFor(Member).GetDocumentAsync($"/reti/{Network}/eventi?miei=1");
        var all = await app.Factory.ClientFor(Member).GetDocumentAsync($"/reti/{Network}/eventi?vista=mese&mese=2031-02");

        Assert.NotNull(page.QuerySelector($"a[href='/reti/{Network}/eventi/{mine}']"));
        Assert.NotNull(page.QuerySelector($"a[href='/reti/{Network}/eventi/{waiting}']"));
        Assert.Null(page.QuerySelector($"a[href='/reti/{Network}/eventi/{other}']"));
        Assert.Null(page.QuerySelector($"a[href='/reti/{Network}/eventi/{dropped}']"));
        Assert.NotNull(all.QuerySelector($"a[href='/reti/{Network}/eventi/{other}']"));
    }

    [Fact]
    public async Task Drafts_are_not_in_the_calendar_and_cancelled_events_are_marked()
    {
        var day = new DateOnly(2031, 3, 5);
        var draft = await EventArrange.EventAsync(app.Factory, Network, EventArrange.Unique("Bozza"), day, new TimeOnly(9, 0), publish: false);
        var cancelled = await EventArrange.EventAsync(app.Factory, Network, EventArrange.Unique("Annullato"), day, new TimeOnly(10, 0));
        var actor = await app.Factory.UserIdAsync(DemoAccounts.AdminOf(Network));
        await EventArrange.InNetworkAsync(app.Factory, Network, events => events.CancelAsync(cancelled, "Maltempo", actor, CancellationToken.None));

        var month = await app.Factory.ClientFor(Member).GetDocumentAsync($"/reti/{Network}/eventi?vista=mese&mese=2031-03");

        Assert.Null(month.QuerySelector($"a[href='/reti/{Network}/eventi/{draft}']"));
        var cell = month.QuerySelector($"td[data-day='2031-03-05']")!;
        Assert.Contains("Annullato", cell.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_event_page_renders_the_description_as_sanitized_Markdown()
    {
        var eventId = await EventArrange.EventAsync(app.Factory, Network, EventArrange.Unique("Markdown"), new DateOnly(2031, 4, 8), new TimeOnly(10, 0),
            description: "Un **incontro** importante.\n\n<script>alert('x')</script>\n\n[clic](javascript:alert(1))");

        var response = await app.Factory.ClientFor(Member).GetAsync($"/reti/{Network}/eventi/{eventId}");
        var html = await response.Content.ReadAsStringAsync();
        var page = await response.ParseAsync();

        Assert.NotNull(page.QuerySelector(".evt-description strong"));
        Assert.Null(page.QuerySelector(".evt-description script"));
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("1,5", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_network_home_links_to_the_calendar_and_the_calendar_to_the_feeds()
    {
        var home = await app.Factory.ClientFor(Member).GetDocumentAsync($"/reti/{Network}");
        var calendar = await app.Factory.ClientFor(Member).GetDocumentAsync($"/reti/{Network}/eventi");

        Assert.NotNull(home.QuerySelector($"a[href='/reti/{Network}/eventi']"));
        Assert.NotNull(calendar.QuerySelector($"a[href='/reti/{Network}/eventi/calendario-personale']"));
        Assert.NotNull(calendar.QuerySelector($"a[href='/reti/{Network}/eventi/calendario.ics']"));
        Assert.True((await app.Factory.ClientFor(null).GetAsync($"/reti/{Network}/eventi")).IsSignInChallenge());
    }
}
