namespace Bottega.Identity;

/// <summary>Marker for this module's resources (Resources/Strings.en.resx); keys are the Italian text.</summary>
public sealed class Strings;
