using System.Text.Json.Nodes;
using Bottega.Credentials.LinkedData;

namespace Bottega.Credentials.Tests.Proofs;

/// <summary>The vc-di-eddsa test vectors (see Proofs/Vectors/README.md).</summary>
internal static class ProofVectors
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Proofs", "Vectors");

    public static string Text(string file) => File.ReadAllText(Path.Combine(Folder, file));

    public static JsonObject Json(string file) => (JsonObject)JsonNode.Parse(Text(file))!;

    /// <summary>The bundled contexts plus the examples context the specification's vectors use.</summary>
    public static JsonLdDocumentLoader Loader { get; } =
        JsonLdDocumentLoader.Bundled.With("https://www.w3.org/ns/credentials/examples/v2", Text("credentials-examples-v2.jsonld"));

    public static JsonObject Signed => Json("signedDataInt.json");

    public static JsonObject Unsigned
    {
        get
        {
            var document = Signed;
            document.Remove("proof");
            return document;
        }
    }
}
