using System.Globalization;

namespace Bottega.Platform.Localization;

/// <summary>Italian first, English second.</summary>
public static class Cultures
{
    public const string Italian = "it";
    public const string English = "en";

    public static readonly CultureInfo[] Supported = [new(Italian), new(English)];
}
