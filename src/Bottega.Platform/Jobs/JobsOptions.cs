namespace Bottega.Platform.Jobs;

/// <summary>Section "Jobs": whether this node runs the scheduled jobs (tests turn them off; a test that wants them turns them on).</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    public bool Enabled { get; set; } = true;
}
