using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bottega.Credentials.LinkedData;
using NSec.Cryptography;

namespace Bottega.Credentials.Proofs;

/// <summary>
/// The Data Integrity cryptosuite eddsa-rdfc-2022 (https://www.w3.org/TR/vc-di-eddsa/, section 3.3): the document
/// and the proof configuration (the proof options with the document's @context) are each turned into RDF,
/// canonicalized with RDFC-1.0 and hashed with SHA-256; the Ed25519 signature covers proofConfigHash ‖ documentHash
/// and is written as multibase base58btc in proofValue.
/// </summary>
internal static class EddsaRdfc2022
{
    public const string ProofType = "DataIntegrityProof";
    public const string Cryptosuite = "eddsa-rdfc-2022";
    public const string AssertionMethod = "assertionMethod";

    /// <summary>The secured document: a copy of <paramref name="unsecuredDocument"/> with an assertionMethod proof.</summary>
    /// <exception cref="JsonLdException">The document cannot be turned into RDF (unknown context, undefined term...).</exception>
    public static JsonObject CreateProof(
        JsonObject unsecuredDocument,
        Key signingKey,
        string verificationMethod,
        DateTimeOffset created,
        JsonLdDocumentLoader? loader = null)
    {
        ArgumentNullException.ThrowIfNull(unsecuredDocument);
        ArgumentNullException.ThrowIfNull(signingKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(verificationMethod);
        if (signingKey.Algorithm != SignatureAlgorithm.Ed25519)
        {
            throw new ArgumentException("Serve una chiave Ed25519.", nameof(signingKey));
        }

        if (unsecuredDocument.ContainsKey("proof"))
        {
            throw new ArgumentException("Il documento ha già una proof.", nameof(unsecuredDocument));
        }

        var proof = new JsonObject
        {
            ["type"] = ProofType,
            ["cryptosuite"] = Cryptosuite,
            ["created"] = created.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["verificationMethod"] = verificationMethod,
            ["proofPurpose"] = AssertionMethod,
        };
        var hashData = HashData(unsecuredDocument, proof, unsecuredDocument["@context"], loader);
        var signature = SignatureAlgorithm.Ed25519.Sign(signingKey, hashData);
        proof["proofValue"] = "z" + Base58Btc.Encode(signature);

        var secured = (JsonObject)unsecuredDocument.DeepClone();
        secured["proof"] = proof;
        return secured;
    }

    /// <summary>Verifies the document's eddsa-rdfc-2022 proof; never throws on bad input.</summary>
    public static DataIntegrityVerification Verify(
        JsonObject securedDocument,
        Func<string, PublicKey?> resolveVerificationMethod,
        JsonLdDocumentLoader? loader = null)
    {
        ArgumentNullException.ThrowIfNull(securedDocument);
        ArgumentNullException.ThrowIfNull(resolveVerificationMethod);

        var proofNode = securedDocument["proof"];
        if (proofNode is JsonArray { Count: 1 } single)
        {
            proofNode = single[0];
        }

        if (proofNode is not JsonObject proof)
        {
            return DataIntegrityVerification.Fail(DataIntegrityFailure.Malformed, "Manca una proof (una sola) nel documento.");
        }

        if (Text(proof, "type") != ProofType || Text(proof, "cryptosuite") != Cryptosuite)
        {
            return DataIntegrityVerification.Fail(DataIntegrityFailure.UnknownCryptosuite, "La proof non è una DataIntegrityProof eddsa-rdfc-2022.");
        }

        if (Text(proof, "proofPurpose") != AssertionMethod)
        {
            return DataIntegrityVerification.Fail(DataIntegrityFailure.WrongProofPurpose, "Lo scopo della proof non è assertionMethod.");
        }

        var proofValue = Text(proof, "proofValue");
        if (proofValue is null || !proofValue.StartsWith('z') || !Base58Btc.TryDecode(proofValue[1..], out var signature) || signature.Length != 64)
        {
            return DataIntegrityVerification.Fail(DataIntegrityFailure.Malformed, "proofValue non è una firma Ed25519 in base58btc.");
        }

        if (proof.ContainsKey("created") && !IsDateTime(Text(proof, "created")))
        {
            return DataIntegrityVerification.Fail(DataIntegrityFailure.Malformed, "La data created della proof non è valida.");
        }

        var verificationMethod = Text(proof, "verificationMethod");
        if (verificationMethod is null)
        {
            return DataIntegrityVerification.Fail(DataIntegrityFailure.Malformed, "Manca il verificationMethod della proof.");
        }

        var unsecured = (JsonObject)securedDocument.DeepClone();
        unsecured.Remove("proof");
        var options = (JsonObject)proof.DeepClone();
        options.Remove("proofValue");
        var context = securedDocument["@context"];
        if (options.TryGetPropertyValue("@context", out var proofContext))
        {
            if (!StartsWith(context, proofContext))
            {
                return DataIntegrityVerification.Fail(DataIntegrityFailure.ContextError, "Il @context della proof non corrisponde a quello del documento.");
            }

            options.Remove("@context");
            unsecured["@context"] = proofContext?.DeepClone();
            context = proofContext;
        }

        var publicKey = resolveVerificationMethod(verificationMethod);
        if (publicKey is null || publicKey.Algorithm != SignatureAlgorithm.Ed25519)
        {
            return DataIntegrityVerification.Fail(DataIntegrityFailure.UnknownVerificationMethod, $"Metodo di verifica sconosciuto: {verificationMethod}");
        }

        byte[] hashData;
        try
        {
            hashData = HashData(unsecured, options, context, loader);
        }
        catch (JsonLdException error)
        {
            return DataIntegrityVerification.Fail(DataIntegrityFailure.ContextError, error.Message);
        }
        catch (CanonicalizationException error)
        {
            return DataIntegrityVerification.Fail(DataIntegrityFailure.Malformed, error.Message);
        }
        catch (Exception error) when (error is InvalidOperationException or FormatException or ArgumentException or InvalidCastException)
        {
            // Defensive: shapes of JSON the transformation did not anticipate are a verdict, never an escaping exception.
            return DataIntegrityVerification.Fail(DataIntegrityFailure.Malformed, "Documento non elaborabile: " + error.Message);
        }

        return SignatureAlgorithm.Ed25519.Verify(publicKey, hashData, signature)
            ? DataIntegrityVerification.Success
            : DataIntegrityVerification.Fail(DataIntegrityFailure.BadSignature, "La firma non corrisponde al documento.");
    }

    /// <summary>SHA-256(canonical proof configuration) ‖ SHA-256(canonical document): the 64 bytes that are signed.</summary>
    internal static byte[] HashData(JsonObject unsecuredDocument, JsonObject proofOptions, JsonNode? context, JsonLdDocumentLoader? loader)
    {
        var proofConfig = (JsonObject)proofOptions.DeepClone();
        proofConfig["@context"] = context?.DeepClone();
        var proofConfigHash = SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalForm(proofConfig, loader)));
        var documentHash = SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalForm(unsecuredDocument, loader)));
        return [.. proofConfigHash, .. documentHash];
    }

    /// <summary>The RDFC-1.0 canonical N-Quads of a JSON-LD document.</summary>
    internal static string CanonicalForm(JsonObject document, JsonLdDocumentLoader? loader = null) =>
        Rdfc10.Canonicalize(JsonLdToRdf.ToDataset(document, loader));

    private static string? Text(JsonObject map, string key) =>
        map[key] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static bool IsDateTime(string? value) =>
        value is not null && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)
        && value.Contains('T', StringComparison.Ordinal);

    private static bool StartsWith(JsonNode? documentContext, JsonNode? proofContext)
    {
        var document = documentContext is JsonArray a ? a.ToList() : [documentContext];
        var proof = proofContext is JsonArray b ? b.ToList() : [proofContext];
        return proof.Count <= document.Count && proof.Select((item, i) => JsonNode.DeepEquals(item, document[i])).All(same => same);
    }
}
