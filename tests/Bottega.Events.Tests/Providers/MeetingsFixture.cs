using System.Collections.Concurrent;
using Bottega.Events.Domain;
using Bottega.Events.Features.Attendance;
using Bottega.Platform.Data;
using Bottega.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Bottega.Events.Tests.Providers;

/// <summary>The app on its own database, pointed at a fake BigBlueButton server, with a recorder that keeps what it is given.</summary>
public sealed class MeetingsFixture : IAsyncLifetime
{
    public const string PublicBaseUrl = "https://bottega.test";

    private TestDatabase? database;

    public FakeBigBlueButtonServer Server { get; private set; } = null!;

    public MeetingsAppFactory Factory { get; private set; } = null!;

    internal KeepingAttendanceRecorder Recorder { get; } = new();

    public async Task InitializeAsync()
    {
        Server = await FakeBigBlueButtonServer.StartAsync();
        database = await TestDatabase.CreateAsync();
        Factory = new MeetingsAppFactory(database.Options, Recorder);
        Factory.With("Events:BigBlueButton:Url", Server.ApiUrl).With("Events:BigBlueButton:Secret", Server.Secret).With("Events:PublicBaseUrl", PublicBaseUrl);
        _ = Factory.Services;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Server.DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}

public sealed class MeetingsAppFactory : BottegaAppFactory
{
    private readonly IAttendanceRecorder recorder;

    internal MeetingsAppFactory(DatabaseOptions database, IAttendanceRecorder recorder)
        : base(database) => this.recorder = recorder;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton(recorder));
    }
}

/// <summary>The attendance recorder's test double: keeps every call (the real one belongs to the attendance feature).</summary>
internal sealed class KeepingAttendanceRecorder : IAttendanceRecorder
{
    public ConcurrentQueue<(Guid SessionId, AttendanceSource Source, IReadOnlyList<ParticipantFigures> Rows, IReadOnlyList<string> Malformed, string? Origin)> Calls { get; } = new();

    public Task<AttendanceImportResult> RecordAsync(Guid sessionId, AttendanceSource source, IReadOnlyList<ParticipantFigures> rows, IReadOnlyList<string> malformed,
        string? origin, Guid? importedBy, CancellationToken cancellationToken)
    {
        Calls.Enqueue((sessionId, source, rows, malformed, origin));
        return Task.FromResult(new AttendanceImportResult(Guid.NewGuid(), rows.Count + malformed.Count, rows.Count(r => r.UserId is not null),
            rows.Count(r => r.UserId is null), malformed.Count, malformed));
    }
}
