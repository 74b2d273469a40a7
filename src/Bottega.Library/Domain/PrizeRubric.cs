using Bottega.Platform.Tenancy;

namespace Bottega.Library.Domain;

/// <summary>A category of a call ("Appalti sostenibili"); entries compete and winners are chosen per category.</summary>
public sealed class PrizeCategory : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid CallId { get; private set; }

    public string Name { get; private set; } = "";

    public string? Description { get; private set; }

    public int Position { get; private set; }

    private PrizeCategory()
    {
    }

    public static PrizeCategory Create(Guid networkId, Guid callId, string name, string? description, int position) =>
        new() { NetworkId = networkId, CallId = callId, Name = name, Description = description, Position = position };
}

/// <summary>A criterion of a call's rubric: jurors give it 0..<see cref="MaxScore"/>; its weight counts in the ranking.</summary>
public sealed class PrizeCriterion : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid CallId { get; private set; }

    public string Name { get; private set; } = "";

    public string? Description { get; private set; }

    /// <summary>Positive; only the ratio between the criteria's weights matters (40/35/25 is the same as 0.4/0.35/0.25).</summary>
    public decimal Weight { get; private set; }

    public int MaxScore { get; private set; }

    public int Position { get; private set; }

    private PrizeCriterion()
    {
    }

    public static PrizeCriterion Create(Guid networkId, Guid callId, string name, string? description, decimal weight, int maxScore, int position) =>
        new() { NetworkId = networkId, CallId = callId, Name = name, Description = description, Weight = weight, MaxScore = maxScore, Position = position };
}

/// <summary>A member of a call's jury; one row per call and person.</summary>
public sealed class PrizeJuror : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid CallId { get; private set; }

    public Guid PersonId { get; private set; }

    public DateTime AddedAt { get; private set; }

    private PrizeJuror()
    {
    }

    public static PrizeJuror Create(Guid networkId, Guid callId, Guid personId, DateTime now) =>
        new() { NetworkId = networkId, CallId = callId, PersonId = personId, AddedAt = now };
}
