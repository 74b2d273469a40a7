namespace Bottega.Credentials.LinkedData;

/// <summary>
/// A JSON-LD document or context that cannot be turned into RDF: a JSON-LD error (its code from the JSON-LD 1.1 API),
/// a feature this processor does not support, an unknown context or a limit exceeded. Never half a result.
/// </summary>
internal sealed class JsonLdException : Exception
{
    public JsonLdException()
    {
        Code = "processing error";
    }

    public JsonLdException(string message)
        : base(message)
    {
        Code = "processing error";
    }

    public JsonLdException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "processing error";
    }

    public JsonLdException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    /// <summary>The JSON-LD error code ("invalid term definition", ...), or "unsupported feature", "unknown context", "limit exceeded".</summary>
    public string Code { get; }

    public static JsonLdException Unsupported(string feature) =>
        new("unsupported feature", $"Funzionalità JSON-LD non supportata: {feature}.");
}
