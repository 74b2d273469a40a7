using System.Globalization;
using System.Text.Json.Nodes;

namespace Bottega.Credentials.LinkedData;

internal static class JsonNumbers
{
    /// <summary>The number as JavaScript sees it (a double), whatever .NET type the node was built from.</summary>
    public static double ToDouble(JsonValue value)
    {
        var number = double.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(number) ? number : throw new JsonLdException("invalid value", "Numero JSON fuori intervallo.");
    }
}
