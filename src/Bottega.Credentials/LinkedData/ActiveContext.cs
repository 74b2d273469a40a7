namespace Bottega.Credentials.LinkedData;

/// <summary>The active context of the JSON-LD 1.1 algorithms: base IRI, vocabulary mapping, default language, terms.</summary>
internal sealed class ActiveContext
{
    public ActiveContext(string? baseIri)
    {
        BaseIri = baseIri;
        OriginalBaseUrl = baseIri;
    }

    public string? BaseIri { get; set; }

    public string? OriginalBaseUrl { get; set; }

    public string? Vocab { get; set; }

    public string? DefaultLanguage { get; set; }

    public Dictionary<string, TermDefinition> Terms { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>The context before a non-propagated (type-scoped) context was applied.</summary>
    public ActiveContext? PreviousContext { get; set; }

    public bool HasProtectedTerms => Terms.Values.Any(t => t.Protected);

    public TermDefinition? Term(string? term) => term is not null && Terms.TryGetValue(term, out var definition) ? definition : null;

    public ActiveContext Clone() => new(BaseIri)
    {
        OriginalBaseUrl = OriginalBaseUrl,
        Vocab = Vocab,
        DefaultLanguage = DefaultLanguage,
        Terms = new Dictionary<string, TermDefinition>(Terms, StringComparer.Ordinal),
        PreviousContext = PreviousContext,
    };
}
