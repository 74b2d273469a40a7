using System.Text.Json.Nodes;
using Bottega.Credentials.Features.Keys;
using Bottega.Credentials.Proofs;
using NSec.Cryptography;

namespace Bottega.Credentials.Features.Formats;

/// <summary>The eddsa-rdfc-2022 Data Integrity proof of a credential, with the issuer's key and verification method.</summary>
internal static class DataIntegrity
{
    public static JsonObject AddProof(JsonObject unsigned, SigningKey key, DateTime created) =>
        EddsaRdfc2022.CreateProof(unsigned, key.Key, key.VerificationMethod, new DateTimeOffset(created, TimeSpan.Zero));

    /// <summary>Null when the proof verifies with the key; otherwise why not, as an Italian sentence (a localization key) and its arguments.</summary>
    public static ProofFailure? Verify(JsonObject secured, byte[] publicKey)
    {
        if (!PublicKey.TryImport(SignatureAlgorithm.Ed25519, publicKey, KeyBlobFormat.RawPublicKey, out var imported) || imported is null)
        {
            return new ProofFailure("La chiave dell'emittente non è una chiave Ed25519 valida.", []);
        }

        var result = EddsaRdfc2022.Verify(secured, _ => imported);
        return result.Valid ? null : result.Reason switch
        {
            DataIntegrityFailure.BadSignature => new ProofFailure("La firma non corrisponde: la credenziale è stata alterata o non è stata firmata da questo emittente.", []),
            DataIntegrityFailure.ContextError => new ProofFailure("La credenziale usa contesti JSON-LD sconosciuti o termini non definiti: {0}", [result.Failure ?? ""]),
            _ => new ProofFailure(result.Failure ?? "La prova non è valida.", []),
        };
    }
}

internal sealed record ProofFailure(string Message, IReadOnlyList<object> Arguments);
