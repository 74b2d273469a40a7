using Bottega.Events.Domain;
using Bottega.Events.Features.Registrations;
using Bottega.Platform.Auditing;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using IcalCalendar = Ical.Net.Calendar;

namespace Bottega.Events.Tests.Registrations;

public sealed class RegistrationTests(AppFixture app) : IClassFixture<AppFixture>
{
    private BottegaAppFactory Factory => app.Factory;

    [Fact]
    public async Task Three_seats_and_five_people_give_three_confirmed_and_two_waitlisted_in_order()
    {
        var liveEvent = await Factory.EventAsync(capacity: 3);
        var people = await Factory.MembersAsync(RegistrationArrange.Network, 5);

        var outcomes = new List<RegistrationOutcome>();
        foreach (var person in people)
        {
            outcomes.Add(await Factory.RegisterAsync(liveEvent.Id, person.Id));
        }

        Assert.Equal([RegistrationStatus.Confirmed, RegistrationStatus.Confirmed, RegistrationStatus.Confirmed, RegistrationStatus.Waitlisted, RegistrationStatus.Waitlisted],
            outcomes.Select(o => o.Status));
        Assert.Equal(3, (await Factory.ReloadAsync(liveEvent.Id)).ConfirmedCount);
        Assert.All((await Factory.RegistrationsAsync(liveEvent.Id)).Select(r => r.JoinToken), t => Assert.Equal(43, t.Length));
    }

    [Fact]
    public async Task A_cancellation_promotes_the_first_waitlisted_and_tells_them_with_an_invitation()
    {
        var liveEvent = await Factory.EventAsync(capacity: 2);
        var people = await Factory.MembersAsync(RegistrationArrange.Network, 4);
        foreach (var person in people)
        {
            await Factory.RegisterAsync(liveEvent.Id, person.Id);
        }

        var outcome = await Factory.CancelAsync(liveEvent.Id, people[0].Id);

        Assert.Equal(RegistrationStatus.Cancelled, outcome.Status);
        var registrations = (await Factory.RegistrationsAsync(liveEvent.Id)).ToDictionary(r => r.UserId);
        Assert.Equal(RegistrationStatus.Cancelled, registrations[people[0].Id].Status);
        Assert.Equal(RegistrationStatus.Confirmed, registrations[people[2].Id].Status);
        Assert.NotNull(registrations[people[2].Id].PromotedAt);
        Assert.Equal(RegistrationStatus.Waitlisted, registrations[people[3].Id].Status);
        Assert.Equal(2, (await Factory.ReloadAsync(liveEvent.Id)).ConfirmedCount);
        var promotedMail = Factory.MailsTo(people[2].Email).Where(m => m.Subject?.Contains(liveEvent.Title, StringComparison.Ordinal) == true).ToList();
        Assert.Contains(promotedMail, m => m.Subject!.StartsWith("Iscrizione confermata", StringComparison.Ordinal) && m.Attachments.Any());
        Assert.Contains(Factory.MailsTo(people[0].Email), m => m.Subject == $"Iscrizione annullata: {liveEvent.Title}");
    }

    [Fact]
    public async Task Two_people_racing_for_the_last_seat_get_one_seat_and_one_waiting_place()
    {
        for (var round = 0; round < 3; round++)
        {
            var liveEvent = await Factory.EventAsync(capacity: 1);
            var people = await Factory.MembersAsync(RegistrationArrange.Network, 2);

            var outcomes = await Task.WhenAll(people.Select(p => Task.Run(() => Factory.RegisterAsync(liveEvent.Id, p.Id))));

            Assert.Single(outcomes, o => o.Status == RegistrationStatus.Confirmed);
            Assert.Single(outcomes, o => o.Status == RegistrationStatus.Waitlisted);
            Assert.Equal(1, (await Factory.ReloadAsync(liveEvent.Id)).ConfirmedCount);
        }
    }

    [Fact]
    public async Task Registering_twice_counts_once_even_when_both_submits_arrive_together()
    {
        var liveEvent = await Factory.EventAsync(capacity: 5);
        var person = (await Factory.MembersAsync(RegistrationArrange.Network, 1))[0];

        await Factory.RegisterAsync(liveEvent.Id, person.Id);
        var again = await Factory.RegisterAsync(liveEvent.Id, person.Id);
        var other = (await Factory.MembersAsync(RegistrationArrange.Network, 2))[1];
        await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => Factory.RegisterAsync(liveEvent.Id, other.Id))));

        Assert.Equal(RegistrationStatus.Confirmed, again.Status);
        Assert.Equal("Iscrizione già presente.", again.Message);
        Assert.Equal(2, (await Factory.RegistrationsAsync(liveEvent.Id)).Count);
        Assert.Equal(2, (await Factory.ReloadAsync(liveEvent.Id)).ConfirmedCount);
    }

    [Fact]
    public async Task A_cancelled_registration_can_register_again()
    {
        var liveEvent = await Factory.EventAsync(capacity: 5);
        var person = (await Factory.MembersAsync(RegistrationArrange.Network, 1))[0];
        await Factory.RegisterAsync(liveEvent.Id, person.Id);
        await Factory.CancelAsync(liveEvent.Id, person.Id);

        var outcome = await Factory.RegisterAsync(liveEvent.Id, person.Id);

        Assert.Equal(RegistrationStatus.Confirmed, outcome.Status);
        Assert.Single(await Factory.RegistrationsAsync(liveEvent.Id));
        Assert.Equal(1, (await Factory.ReloadAsync(liveEvent.Id)).ConfirmedCount);
    }

    [Fact]
    public async Task People_outside_the_audience_are_refused()
    {
        var organizationId = await Factory.ReferentOrganizationAsync(RegistrationArrange.Network);
        var byOrganization = await Factory.EventAsync(audience: [(AudienceKind.Organization, organizationId.ToString())]);
        var byRole = await Factory.EventAsync(audience: [(AudienceKind.JobRole, "NessunRuoloCosì")]);
        var outsider = (await Factory.MembersAsync(RegistrationArrange.Network, 1, o => o != organizationId))[0];
        var insider = (await Factory.MembersAsync(RegistrationArrange.Network, 1, o => o == organizationId))[0];

        Assert.Equal(RegistrationError.NotInAudience, (await Factory.RegisterAsync(byOrganization.Id, outsider.Id)).Error);
        Assert.Equal(RegistrationStatus.Confirmed, (await Factory.RegisterAsync(byOrganization.Id, insider.Id)).Status);
        Assert.Equal(RegistrationError.NotInAudience, (await Factory.RegisterAsync(byRole.Id, insider.Id)).Error);
        Assert.Single(await Factory.RegistrationsAsync(byOrganization.Id));
    }

    [Fact]
    public async Task By_referent_events_refuse_self_registration_and_referents_register_only_their_staff()
    {
        var liveEvent = await Factory.EventAsync(mode: RegistrationMode.ByReferent);
        var organizationId = await Factory.ReferentOrganizationAsync(RegistrationArrange.Network);
        var referent = await Factory.UserIdAsync($"referente.{RegistrationArrange.Network}@bottega.demo");
        var staff = (await Factory.MembersAsync(RegistrationArrange.Network, 1, o => o == organizationId))[0];
        var stranger = (await Factory.MembersAsync(RegistrationArrange.Network, 1, o => o != organizationId))[0];
        var colleague = (await Factory.MembersAsync(RegistrationArrange.Network, 2))[1];

        Assert.Equal(RegistrationError.NotAllowed, (await Factory.RegisterAsync(liveEvent.Id, staff.Id)).Error);
        Assert.Equal(RegistrationError.NotAllowed, (await Factory.RegisterAsync(liveEvent.Id, stranger.Id, colleague.Id == stranger.Id ? staff.Id : colleague.Id)).Error);
        Assert.Equal(RegistrationStatus.Confirmed, (await Factory.RegisterAsync(liveEvent.Id, staff.Id, referent)).Status);
        Assert.Equal(RegistrationError.NotAllowed, (await Factory.RegisterAsync(liveEvent.Id, stranger.Id, referent)).Error);
        var registration = Assert.Single(await Factory.RegistrationsAsync(liveEvent.Id));
        Assert.Equal(referent, registration.RegisteredBy);
    }

    [Fact]
    public async Task A_pending_request_of_a_cancelled_event_cannot_be_approved_and_takes_no_seat()
    {
        var liveEvent = await Factory.EventAsync(capacity: 5, mode: RegistrationMode.Approval);
        var person = (await Factory.MembersAsync(RegistrationArrange.Network, 1))[0];
        var admin = await Factory.UserIdAsync($"admin.{RegistrationArrange.Network}@bottega.demo");
        Assert.Equal(RegistrationStatus.Pending, (await Factory.RegisterAsync(liveEvent.Id, person.Id)).Status);
        await using (var db = Factory.Open())
        {
            var stored = await db.Set<LiveEvent>().IgnoreQueryFilters().SingleAsync(e => e.Id == liveEvent.Id);
            stored.Cancel(RegistrationArrange.Now);
            await db.SaveChangesAsync();
        }

        var id = Assert.Single(await Factory.RegistrationsAsync(liveEvent.Id)).Id;
        var approved = await Factory.InNetworkAsync(r => r.ApproveAsync(id, admin, CancellationToken.None));

        Assert.Equal(RegistrationError.Closed, approved.Error);
        Assert.Equal(RegistrationStatus.Pending, Assert.Single(await Factory.RegistrationsAsync(liveEvent.Id)).Status);
        Assert.Equal(0, (await Factory.ReloadAsync(liveEvent.Id)).ConfirmedCount);
    }

    [Fact]
    public async Task Approval_events_wait_for_an_organizer_who_approves_or_rejects_with_an_audit_entry()
    {
        var liveEvent = await Factory.EventAsync(capacity: 1, mode: RegistrationMode.Approval);
        var people = await Factory.MembersAsync(RegistrationArrange.Network, 3);
        var admin = await Factory.UserIdAsync($"admin.{RegistrationArrange.Network}@bottega.demo");
        foreach (var person in people)
        {
            Assert.Equal(RegistrationStatus.Pending, (await Factory.RegisterAsync(liveEvent.Id, person.Id)).Status);
        }

        var ids = (await Factory.RegistrationsAsync(liveEvent.Id)).ToDictionary(r => r.UserId, r => r.Id);
        var byMember = await Factory.InNetworkAsync(r => r.ApproveAsync(ids[people[0].Id], people[1].Id, CancellationToken.None));
        var first = await Factory.InNetworkAsync(r => r.ApproveAsync(ids[people[0].Id], admin, CancellationToken.None));
        var second = await Factory.InNetworkAsync(r => r.ApproveAsync(ids[people[1].Id], admin, CancellationToken.None));
        var third = await Factory.InNetworkAsync(r => r.RejectAsync(ids[people[2].Id], admin, CancellationToken.None));

        Assert.Equal(RegistrationError.NotAllowed, byMember.Error);
        Assert.Equal(RegistrationStatus.Confirmed, first.Status);
        Assert.Equal(RegistrationStatus.Waitlisted, second.Status);
        Assert.Equal(RegistrationStatus.Rejected, third.Status);
        Assert.Equal(1, (await Factory.ReloadAsync(liveEvent.Id)).ConfirmedCount);
        var audits = await Factory.QueryAsync(db => db.Set<AuditEntry>().AsNoTracking().Where(a => a.Action.StartsWith("events.registration-")).ToListAsync());
        Assert.Equal(2, audits.Count(a => ids.Values.Select(v => v.ToString()).Contains(a.TargetId) && a.Action == "events.registration-approved"));
        Assert.Single(audits, a => a.TargetId == ids[people[2].Id].ToString() && a.Action == "events.registration-rejected");
    }

    [Fact]
    public async Task The_confirmation_carries_an_invitation_with_the_personal_join_link_never_the_meeting_url()
    {
        var liveEvent = await Factory.EventAsync(capacity: 10, sessions: 2);
        var person = (await Factory.MembersAsync(RegistrationArrange.Network, 1))[0];

        await Factory.RegisterAsync(liveEvent.Id, person.Id);
        await Factory.InNetworkAsync(r => r.PromoteWaitingAsync(liveEvent.Id, CancellationToken.None));

        var mail = Assert.Single(Factory.MailsTo(person.Email), m => m.Subject == $"Iscrizione confermata: {liveEvent.Title}");
        var attachment = Assert.IsAssignableFrom<MimeKit.MimePart>(Assert.Single(mail.Attachments));
        Assert.Equal("text/calendar", attachment.ContentType.MimeType);
        Assert.Equal("REQUEST", attachment.ContentType.Parameters["method"]);
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        var text = System.Text.Encoding.UTF8.GetString(content.ToArray());
        Assert.DoesNotContain("meet.example.org", text, StringComparison.Ordinal);
        var calendar = IcalCalendar.Load(text)!;
        Assert.Equal(2, calendar.Events.Count);
        var token = (await Factory.RegistrationsAsync(liveEvent.Id)).Single().JoinToken;
        Assert.All(calendar.Events, e => Assert.Equal($"http://localhost:5000/partecipa/{token}", e.Location));
        Assert.All(calendar.Events, e => Assert.Equal("Europe/Rome", e.DtStart!.TzId));
        Assert.Single(calendar.TimeZones);
        var deliveries = await Factory.QueryAsync(db => db.Set<ReminderDelivery>().IgnoreQueryFilters().CountAsync(d => d.Kind == ReminderKind.Confirmation
            && d.SessionId == Guid.Empty && db.Set<Registration>().IgnoreQueryFilters().Any(r => r.Id == d.RegistrationId && r.EventId == liveEvent.Id)));
        Assert.Equal(1, deliveries);
    }
}
