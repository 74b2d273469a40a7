using System.Collections.Concurrent;
using Bottega.Credentials.Features.Issuing;

namespace Bottega.Credentials.Tests.Awards;

/// <summary>An in-memory issuer standing in for the real one: remembers achievements by key and awards by (achievement, organization).</summary>
internal sealed class FakeAwardIssuing : IOrganizationAwardIssuing
{
    private readonly ConcurrentDictionary<string, Guid> achievements = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(Guid Achievement, Guid Organization), int> awards = new();

    public ConcurrentDictionary<Guid, string> Names { get; } = new();

    /// <summary>Every call of AwardToOrganizationAsync, issued or not.</summary>
    public int Calls => calls;

    private int calls;

    public IReadOnlyList<(string Level, Guid OrganizationId)> Issued =>
        awards.Keys.Select(k => (Names[k.Achievement], k.Organization)).ToList();

    public Task<Guid> EnsureAwardAchievementAsync(Guid networkId, string key, string name, string description, string criteria, CancellationToken cancellationToken)
    {
        var id = achievements.GetOrAdd(key, _ => Guid.NewGuid());
        Names[id] = name;
        return Task.FromResult(id);
    }

    public Task<bool> AwardToOrganizationAsync(Guid networkId, Guid achievementId, Guid organizationId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        return Task.FromResult(awards.TryAdd((achievementId, organizationId), 1));
    }
}
