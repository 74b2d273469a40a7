namespace Bottega.Credentials.LinkedData;

/// <summary>Canonicalization refused: the dataset needs more work than allowed (a "poison" graph) or is too large.</summary>
internal sealed class CanonicalizationException : Exception
{
    public CanonicalizationException()
    {
    }

    public CanonicalizationException(string message)
        : base(message)
    {
    }

    public CanonicalizationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
