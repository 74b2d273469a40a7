namespace Bottega.Library;

/// <summary>Marker for this module's text resources (Resources/Strings.en.resx); keys are the Italian sentences.</summary>
public sealed class Strings;
