namespace Bottega.Credentials.LinkedData;

/// <summary>Bounds on JSON-LD processing, so that hostile documents fail fast instead of exhausting the server.</summary>
internal sealed record JsonLdLimits(int MaxDepth, int MaxNodes, int MaxContextsProcessed, int MaxRemoteContextDepth, int MaxQuads)
{
    public static readonly JsonLdLimits Default = new(MaxDepth: 32, MaxNodes: 20_000, MaxContextsProcessed: 5_000, MaxRemoteContextDepth: 8, MaxQuads: 10_000);
}
