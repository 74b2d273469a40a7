using System.Collections.Frozen;
using System.Text.Json.Nodes;

namespace Bottega.Credentials.LinkedData;

/// <summary>
/// Resolves context URLs to the documents bundled with the module (LinkedData/Contexts); nothing is ever fetched.
/// Any other URL is refused.
/// </summary>
internal sealed class JsonLdDocumentLoader
{
    public const string CredentialsV2 = "https://www.w3.org/ns/credentials/v2";
    public const string OpenBadgesV3p0 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    private static readonly FrozenDictionary<string, string> BundledFiles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [CredentialsV2] = "credentials-v2.jsonld",
        [OpenBadgesV3p0] = "ob-v3p0-context-3.0.3.json",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly Lazy<JsonLdDocumentLoader> BundledLoader = new(LoadBundled);

    private readonly FrozenDictionary<string, JsonNode> documents;

    private JsonLdDocumentLoader(FrozenDictionary<string, JsonNode> documents) => this.documents = documents;

    /// <summary>The contexts an Open Badges 3.0 credential with a Data Integrity proof needs.</summary>
    public static JsonLdDocumentLoader Bundled => BundledLoader.Value;

    /// <summary>A loader that also knows <paramref name="url"/> (tests: contexts of specification examples).</summary>
    public JsonLdDocumentLoader With(string url, string json)
    {
        var all = new Dictionary<string, JsonNode>(documents, StringComparer.Ordinal)
        {
            [url] = Materialized(JsonNode.Parse(json) ?? throw new ArgumentException("Contesto vuoto.", nameof(json))),
        };
        return new JsonLdDocumentLoader(all.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The "@context" value of the document at <paramref name="url"/>.</summary>
    public JsonNode? LoadContext(string url)
    {
        if (!documents.TryGetValue(url, out var document))
        {
            throw new JsonLdException("loading remote context failed", $"Contesto non riconosciuto: {url}");
        }

        if (document is not JsonObject root || !root.TryGetPropertyValue("@context", out var context))
        {
            throw new JsonLdException("invalid remote context", $"Il documento {url} non contiene un @context.");
        }

        return context;
    }

    /// <summary>
    /// Walks the whole tree once: a parsed JsonObject builds its members lazily on first read, which is not safe when
    /// several requests read the same shared context at once. Fully built, it is only ever read.
    /// </summary>
    private static JsonNode Materialized(JsonNode node)
    {
        switch (node)
        {
            case JsonObject map:
                foreach (var (_, value) in map)
                {
                    if (value is not null)
                    {
                        Materialized(value);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    if (item is not null)
                    {
                        Materialized(item);
                    }
                }

                break;
        }

        return node;
    }

    private static JsonLdDocumentLoader LoadBundled()
    {
        var assembly = typeof(JsonLdDocumentLoader).Assembly;
        var documents = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var (url, file) in BundledFiles)
        {
            using var stream = assembly.GetManifestResourceStream("Bottega.Credentials.LinkedData.Contexts." + file)
                ?? throw new InvalidOperationException($"Contesto incorporato mancante: {file}");
            documents[url] = Materialized(JsonNode.Parse(stream) ?? throw new InvalidOperationException($"Contesto incorporato vuoto: {file}"));
        }

        return new JsonLdDocumentLoader(documents.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
