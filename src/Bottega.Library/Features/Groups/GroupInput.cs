namespace Bottega.Library.Features.Groups;

/// <summary>What a network admin fills in to create a working group.</summary>
public sealed class GroupInput
{
    public string? Name { get; set; }

    /// <summary>Optional: made from the name when empty.</summary>
    public string? Slug { get; set; }

    public string? Purpose { get; set; }

    /// <summary>The e-mail of the coordinator, an active member of the network.</summary>
    public string? CoordinatorEmail { get; set; }
}
