using Bottega.Events.Domain;
using Bottega.Events.Features.Management;
using Bottega.Platform.Tenancy;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bottega.Events.Tests.Management;

/// <summary>Events made through <see cref="EventAdministration"/> in a network's scope, as the demo seed does.</summary>
internal static class EventArrange
{
    public static string Unique(string title) => $"{title} {Guid.NewGuid().ToString("N")[..6]}";

    public static async Task<T> InNetworkAsync<T>(BottegaAppFactory factory, string slug, Func<EventAdministration, Task<T>> work)
    {
        var network = await factory.NetworkAsync(slug);
        await using var scope = factory.Services.CreateAsyncScope();
        TenantScopes.Enter(scope.ServiceProvider, new NetworkRef(network.Id, network.Slug, network.Name));
        return await work(scope.ServiceProvider.GetRequiredService<EventAdministration>());
    }

    public static EventForm Form(string title, string? description = null) => new() { Title = title, Description = description, Capacity = 30 };

    public static SessionForm Online(DateOnly day, TimeOnly time) => new()
    {
        Day = day,
        Time = time,
        DurationMinutes = 90,
        Online = true,
        Provider = MeetingProvider.External,
        MeetingUrl = "https://meet.example.it/sala",
        Hours = 1.5m,
    };

    /// <summary>An event with one session at the Rome day and time, published unless <paramref name="publish"/> is false.</summary>
    public static async Task<Guid> EventAsync(BottegaAppFactory factory, string slug, string title, DateOnly day, TimeOnly time, bool publish = true,
        string? description = null)
    {
        var actor = await factory.UserIdAsync(Bottega.Demo.DemoAccounts.AdminOf(slug));
        return await InNetworkAsync(factory, slug, async events =>
        {
            var created = await events.CreateAsync(Form(title, description), actor, CancellationToken.None);
            Assert(created);
            Assert(await events.AddSessionAsync(created.Id, Online(day, time), actor, CancellationToken.None));
            if (publish)
            {
                Assert(await events.PublishAsync(created.Id, actor, CancellationToken.None));
            }

            return created.Id;
        });
    }

    public static async Task RegisterAsync(BottegaAppFactory factory, Guid eventId, string email, RegistrationStatus status)
    {
        var userId = await factory.UserIdAsync(email);
        await using var db = factory.Open();
        var ev = await db.Set<LiveEvent>().IgnoreQueryFilters().SingleAsync(e => e.Id == eventId);
        db.Add(Registration.Create(ev.NetworkId, eventId, userId, status, null, Guid.NewGuid().ToString("N"), TimeProvider.System.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync();
    }

    private static void Assert(ManagementResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(result.Error);
        }
    }
}
