namespace Bottega.Library.Features.Files;

/// <summary>A message for the person (an Italian sentence, the key of its translation) with its arguments.</summary>
public sealed record LibraryMessage(string Text, params object[] Arguments);
