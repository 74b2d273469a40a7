namespace Bottega.Credentials.LinkedData;

/// <summary>An RDF dataset: a set of quads (duplicates are ignored), kept in insertion order.</summary>
internal sealed class RdfDataset
{
    private readonly List<RdfQuad> quads = [];
    private readonly HashSet<RdfQuad> seen = [];

    public IReadOnlyList<RdfQuad> Quads => quads;

    public bool Add(RdfQuad quad)
    {
        ArgumentNullException.ThrowIfNull(quad);
        if (!seen.Add(quad))
        {
            return false;
        }

        quads.Add(quad);
        return true;
    }
}
