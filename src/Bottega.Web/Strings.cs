namespace Bottega.Web;

/// <summary>Marker for the host's resources (Resources/Strings.en.resx); keys are the Italian text.</summary>
public sealed class Strings;
