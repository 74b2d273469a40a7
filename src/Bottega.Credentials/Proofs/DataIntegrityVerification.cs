namespace Bottega.Credentials.Proofs;

internal enum DataIntegrityFailure
{
    /// <summary>The document or its proof is not shaped as a Data Integrity proof requires.</summary>
    Malformed,

    /// <summary>Not a DataIntegrityProof with the eddsa-rdfc-2022 cryptosuite.</summary>
    UnknownCryptosuite,

    /// <summary>The proof purpose is not the one expected (assertionMethod).</summary>
    WrongProofPurpose,

    /// <summary>The verification method could not be resolved to an Ed25519 public key.</summary>
    UnknownVerificationMethod,

    /// <summary>The JSON-LD could not be turned into RDF: unknown context, unsupported feature, undefined term, limits.</summary>
    ContextError,

    /// <summary>The signature does not match the document and proof options.</summary>
    BadSignature,
}

/// <summary>The verdict on a Data Integrity proof: valid, or the reason and an explanation.</summary>
internal sealed record DataIntegrityVerification(bool Valid, DataIntegrityFailure? Reason, string? Failure)
{
    public static readonly DataIntegrityVerification Success = new(true, null, null);

    public static DataIntegrityVerification Fail(DataIntegrityFailure reason, string failure) => new(false, reason, failure);
}
