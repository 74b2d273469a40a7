namespace Bottega.Identity;

/// <summary>Marker for the account pages' resources (Resources/AccountStrings.en.resx); keys are the Italian text.</summary>
public sealed class AccountStrings;
