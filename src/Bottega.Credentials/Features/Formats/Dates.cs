using System.Globalization;

namespace Bottega.Credentials.Features.Formats;

internal static class Dates
{
    /// <summary>xsd:dateTime in UTC to the second, as ISO 8601 wants it in both specifications.</summary>
    public static string Iso(DateTime utc) => utc.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
