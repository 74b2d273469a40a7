using System.ComponentModel.DataAnnotations;

namespace Bottega.Platform.Outbox;

public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Whether this node delivers outbox messages in the background (tests deliver on demand).</summary>
    public bool Enabled { get; set; } = true;

    [Range(50, 60_000)]
    public int PollMilliseconds { get; set; } = 500;

    /// <summary>A message failing this many times is left for an operator (its last error is kept).</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 10;
}
