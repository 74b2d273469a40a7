using System.Text.Json.Nodes;

namespace Bottega.Credentials.LinkedData;

/// <summary>A term definition of an active context (JSON-LD 1.1 API, section 4.1).</summary>
internal sealed class TermDefinition
{
    public string? Iri { get; init; }

    public bool Prefix { get; set; }

    public bool Protected { get; set; }

    public string? TypeMapping { get; set; }

    /// <summary>The container mapping, sorted ("@graph", "@set", ...); empty when none.</summary>
    public IReadOnlyList<string> Container { get; set; } = [];

    public bool HasLanguage { get; set; }

    public string? Language { get; set; }

    /// <summary>Whether the definition carries a scoped context (which may be null: a reset).</summary>
    public bool HasLocalContext { get; set; }

    public JsonNode? LocalContext { get; set; }

    public string? BaseUrl { get; set; }

    public bool HasContainer(string keyword) => Container.Contains(keyword, StringComparer.Ordinal);

    /// <summary>Equal but for "protected": a protected term may be redefined only this way.</summary>
    public bool SameAs(TermDefinition other) =>
        Iri == other.Iri
        && Prefix == other.Prefix
        && TypeMapping == other.TypeMapping
        && Container.SequenceEqual(other.Container, StringComparer.Ordinal)
        && HasLanguage == other.HasLanguage
        && Language == other.Language
        && HasLocalContext == other.HasLocalContext
        && JsonNode.DeepEquals(LocalContext, other.LocalContext);
}
