using Bottega.Platform.Tenancy;

namespace Bottega.Community.Domain;

/// <summary>A label of topics in a network (for example "pnrr", "mepa"); created the first time a topic uses it.</summary>
public sealed class Tag : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    /// <summary>Lower case, letters, digits and hyphens; unique in the network.</summary>
    public string Slug { get; private set; } = "";

    public string Name { get; private set; } = "";

    public int TopicCount { get; private set; }

    private Tag()
    {
    }

    public static Tag Create(Guid networkId, string slug, string name) => new() { NetworkId = networkId, Slug = slug, Name = name };

    public void Recount(int topics) => TopicCount = topics;
}

/// <summary>A tag on a topic.</summary>
public sealed class TopicTag : INetworkScoped
{
    public Guid NetworkId { get; private set; }

    public Guid TopicId { get; private set; }

    public Guid TagId { get; private set; }

    private TopicTag()
    {
    }

    public static TopicTag Create(Guid networkId, Guid topicId, Guid tagId) => new() { NetworkId = networkId, TopicId = topicId, TagId = tagId };
}
