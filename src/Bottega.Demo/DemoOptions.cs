namespace Bottega.Demo;

/// <summary>Section "Demo".</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seed the demo networks and people on the first run.</summary>
    public bool Seed { get; set; }
}
