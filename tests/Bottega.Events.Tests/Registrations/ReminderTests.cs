using Bottega.Events.Domain;
using Bottega.Events.Features.Registrations;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Bottega.Events.Tests.Registrations;

public sealed class ReminderTests(AppFixture app) : IClassFixture<AppFixture>
{
    // Sunday 31 October 2027, 10:00 in Rome, the first day of winter time (UTC+1).
    private static readonly DateTime SundayAfterTheChange = new(2027, 10, 31, 9, 0, 0, DateTimeKind.Utc);

    private BottegaAppFactory Factory => app.Factory;

    [Fact]
    public void The_day_before_reminder_keeps_the_time_of_day_in_Rome_across_the_October_change()
    {
        Assert.Equal(new DateTime(2027, 10, 30, 8, 0, 0, DateTimeKind.Utc), EventReminders.DayBeforeDue(SundayAfterTheChange));
        Assert.Null(EventReminders.Due(SundayAfterTheChange, new DateTime(2027, 10, 30, 7, 59, 0, DateTimeKind.Utc)));
        Assert.Equal(ReminderKind.DayBefore, EventReminders.Due(SundayAfterTheChange, new DateTime(2027, 10, 30, 8, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(ReminderKind.HourBefore, EventReminders.Due(SundayAfterTheChange, SundayAfterTheChange.AddMinutes(-60)));
        Assert.Null(EventReminders.Due(SundayAfterTheChange, SundayAfterTheChange));
    }

    [Fact]
    public void A_session_whose_previous_day_at_the_same_time_was_skipped_by_the_spring_change_is_reminded_24_hours_before()
    {
        // 02:30 on Monday 29 March 2027 in Rome; 02:30 on Sunday 28 March does not exist (clocks go from 02:00 to 03:00).
        var start = new DateTime(2027, 3, 29, 0, 30, 0, DateTimeKind.Utc);

        Assert.Equal(start.AddHours(-24), EventReminders.DayBeforeDue(start));
    }

    [Fact]
    public async Task Reminders_go_once_each_the_day_before_at_10_Rome_and_within_the_hour_with_the_session_invitation()
    {
        var (liveEvent, person) = await RegisteredAsync();

        await SendAsync(new DateTime(2027, 10, 30, 7, 59, 0, DateTimeKind.Utc));
        Assert.Empty(await DeliveriesAsync(liveEvent.Id));

        await SendAsync(new DateTime(2027, 10, 30, 8, 0, 0, DateTimeKind.Utc));
        await SendAsync(new DateTime(2027, 10, 30, 8, 5, 0, DateTimeKind.Utc));
        Assert.Equal([ReminderKind.DayBefore], await DeliveriesAsync(liveEvent.Id));

        await SendAsync(SundayAfterTheChange.AddMinutes(-50));
        await SendAsync(SundayAfterTheChange.AddMinutes(-45));
        Assert.Equal([ReminderKind.DayBefore, ReminderKind.HourBefore], await DeliveriesAsync(liveEvent.Id));

        var reminders = Factory.MailsTo(person.Email).Where(m => m.Subject!.StartsWith("Promemoria: " + liveEvent.Title, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, reminders.Count);
        Assert.All(reminders, m => Assert.Single(m.Attachments));
    }

    [Fact]
    public async Task Someone_registered_late_gets_only_the_nearest_reminder()
    {
        var (liveEvent, _) = await RegisteredAsync();

        await SendAsync(SundayAfterTheChange.AddMinutes(-30));

        Assert.Equal([ReminderKind.HourBefore], await DeliveriesAsync(liveEvent.Id));
    }

    [Fact]
    public async Task Two_runs_at_once_send_a_reminder_once()
    {
        var (liveEvent, person) = await RegisteredAsync();
        var at = new DateTime(2027, 10, 30, 12, 0, 0, DateTimeKind.Utc);

        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => SendAsync(at))));

        Assert.Equal([ReminderKind.DayBefore], await DeliveriesAsync(liveEvent.Id));
        Assert.Single(Factory.MailsTo(person.Email), m => m.Subject!.StartsWith("Promemoria: " + liveEvent.Title, StringComparison.Ordinal));
    }

    private async Task<(LiveEvent Event, (Guid Id, string Email, Guid? OrganizationId) Person)> RegisteredAsync()
    {
        var liveEvent = await Factory.EventAsync(capacity: 10, startsAt: SundayAfterTheChange);
        var person = (await Factory.MembersAsync(RegistrationArrange.Network, 1))[0];
        await Factory.RegisterAsync(liveEvent.Id, person.Id);
        return (liveEvent, person);
    }

    private async Task<int> SendAsync(DateTime now)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EventReminders>().SendDueAsync(now, CancellationToken.None);
    }

    private Task<List<ReminderKind>> DeliveriesAsync(Guid eventId) =>
        Factory.QueryAsync(db => db.Set<ReminderDelivery>().IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.Kind != ReminderKind.Confirmation && db.Set<Registration>().IgnoreQueryFilters().Any(r => r.Id == d.RegistrationId && r.EventId == eventId))
            .OrderBy(d => d.Kind).Select(d => d.Kind).ToListAsync());
}
