namespace Bottega.Credentials.LinkedData;

internal enum RdfTermKind
{
    Iri,
    BlankNode,
    Literal,
}

/// <summary>An RDF term: an IRI, a blank node (by label, without "_:") or a literal with its datatype and optional language.</summary>
internal sealed record RdfTerm(RdfTermKind Kind, string Value, string? Datatype = null, string? Language = null)
{
    public const string XsdString = "http://www.w3.org/2001/XMLSchema#string";
    public const string RdfLangString = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString";

    public static RdfTerm Iri(string iri) => new(RdfTermKind.Iri, iri);

    public static RdfTerm Blank(string label) => new(RdfTermKind.BlankNode, label);

    public static RdfTerm Literal(string value, string datatype = XsdString) => new(RdfTermKind.Literal, value, datatype);

    public static RdfTerm LanguageLiteral(string value, string language) => new(RdfTermKind.Literal, value, RdfLangString, language);

    public bool IsBlank => Kind == RdfTermKind.BlankNode;
}

/// <summary>A quad; a null graph is the default graph.</summary>
internal sealed record RdfQuad(RdfTerm Subject, RdfTerm Predicate, RdfTerm Object, RdfTerm? Graph = null);
