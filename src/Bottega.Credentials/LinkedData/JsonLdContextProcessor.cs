using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bottega.Credentials.LinkedData;

/// <summary>
/// Context processing, term definitions and IRI expansion of the JSON-LD 1.1 API (sections 4.1, 4.2 and 5.2).
/// Remote contexts come only from the <see cref="JsonLdDocumentLoader"/>; "@import", "@reverse", "@nest",
/// "@direction" and property-valued indexes are refused as unsupported.
/// </summary>
internal sealed class JsonLdContextProcessor(JsonLdDocumentLoader loader, JsonLdLimits limits)
{
    private static readonly HashSet<string> ContextKeywords = new(StringComparer.Ordinal)
    {
        "@base", "@direction", "@import", "@language", "@propagate", "@protected", "@version", "@vocab",
    };

    private static readonly HashSet<string> DefinitionKeys = new(StringComparer.Ordinal)
    {
        "@id", "@reverse", "@container", "@context", "@direction", "@index", "@language", "@nest", "@prefix", "@protected", "@type",
    };

    private readonly Dictionary<CacheKey, ActiveContext> processed = [];
    private int contextsProcessed;

    public ActiveContext Process(
        ActiveContext activeContext,
        JsonNode? localContext,
        string? baseUrl,
        IReadOnlyList<string>? remoteContexts = null,
        bool overrideProtected = false,
        bool propagate = true,
        bool validateScopedContext = true)
    {
        // Every node of a credential applies the same few contexts to the same active context: reuse the results.
        // Active contexts are never changed once built, so the key compares them (and the context JSON) by reference.
        var key = new CacheKey(activeContext, localContext, baseUrl, overrideProtected, propagate, validateScopedContext);
        var cacheable = remoteContexts is null || remoteContexts.Count == 0;
        if (cacheable && processed.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (++contextsProcessed > limits.MaxContextsProcessed)
        {
            throw new JsonLdException("limit exceeded", "Troppi contesti JSON-LD da elaborare.");
        }

        var result = ProcessUncached(activeContext, localContext, baseUrl, remoteContexts ?? [], overrideProtected, propagate, validateScopedContext);
        if (cacheable)
        {
            processed[key] = result;
        }

        return result;
    }

    private ActiveContext ProcessUncached(
        ActiveContext activeContext,
        JsonNode? localContext,
        string? baseUrl,
        IReadOnlyList<string> remoteContexts,
        bool overrideProtected,
        bool propagate,
        bool validateScopedContext)
    {
        var result = activeContext.Clone();
        if (localContext is JsonObject map && map.TryGetPropertyValue("@propagate", out var propagateValue))
        {
            propagate = propagateValue is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False
                ? v.GetValue<bool>()
                : throw new JsonLdException("invalid @propagate value", "@propagate deve essere un booleano.");
        }

        if (!propagate && result.PreviousContext is null)
        {
            result.PreviousContext = activeContext;
        }

        var contexts = localContext is JsonArray array ? array.ToList() : [localContext];
        foreach (var context in contexts)
        {
            if (context is null)
            {
                if (!overrideProtected && result.HasProtectedTerms)
                {
                    throw new JsonLdException("invalid context nullification", "Non si può annullare un contesto con termini protetti.");
                }

                var previous = result.PreviousContext;
                result = new ActiveContext(activeContext.OriginalBaseUrl);
                if (!propagate)
                {
                    result.PreviousContext = previous;
                }

                continue;
            }

            if (context is JsonValue value && value.GetValueKind() == JsonValueKind.String)
            {
                var url = Iri.Resolve(baseUrl, value.GetValue<string>());
                if (!validateScopedContext && remoteContexts.Contains(url, StringComparer.Ordinal))
                {
                    continue;
                }

                if (remoteContexts.Count >= limits.MaxRemoteContextDepth)
                {
                    throw new JsonLdException("context overflow", "Troppi contesti remoti annidati.");
                }

                var loaded = loader.LoadContext(url);
                result = Process(result, loaded, url, [.. remoteContexts, url], validateScopedContext: validateScopedContext);
                continue;
            }

            if (context is not JsonObject definitions)
            {
                throw new JsonLdException("invalid local context", "Un contesto locale deve essere un oggetto, un IRI o null.");
            }

            ApplyContextObject(result, definitions, baseUrl, remoteContexts, overrideProtected, validateScopedContext);
        }

        return result;
    }

    private void ApplyContextObject(
        ActiveContext result,
        JsonObject context,
        string? baseUrl,
        IReadOnlyList<string> remoteContexts,
        bool overrideProtected,
        bool validateScopedContext)
    {
        if (context.TryGetPropertyValue("@version", out var version)
            && (version is not JsonValue versionValue || versionValue.GetValueKind() != JsonValueKind.Number || JsonNumbers.ToDouble(versionValue) != 1.1))
        {
            throw new JsonLdException("invalid @version value", "@version deve valere 1.1.");
        }

        if (context.ContainsKey("@import"))
        {
            throw JsonLdException.Unsupported("@import");
        }

        if (context.ContainsKey("@direction"))
        {
            throw JsonLdException.Unsupported("@direction");
        }

        if (context.TryGetPropertyValue("@base", out var baseValue) && remoteContexts.Count == 0)
        {
            if (baseValue is null)
            {
                result.BaseIri = null;
            }
            else if (StringOf(baseValue) is { } baseText)
            {
                result.BaseIri = Iri.IsAbsolute(baseText) ? baseText : Iri.Resolve(result.BaseIri, baseText);
            }
            else
            {
                throw new JsonLdException("invalid base IRI", "@base deve essere un IRI o null.");
            }
        }

        if (context.TryGetPropertyValue("@vocab", out var vocab))
        {
            if (vocab is null)
            {
                result.Vocab = null;
            }
            else if (StringOf(vocab) is { } vocabText)
            {
                var expanded = ExpandIri(result, vocabText, documentRelative: true, vocab: true);
                if (expanded is null || (!Iri.IsAbsolute(expanded) && !Iri.IsBlankNode(expanded)))
                {
                    throw new JsonLdException("invalid vocab mapping", $"@vocab non valido: {vocabText}");
                }

                result.Vocab = expanded;
            }
            else
            {
                throw new JsonLdException("invalid vocab mapping", "@vocab deve essere un IRI o null.");
            }
        }

        if (context.TryGetPropertyValue("@language", out var language))
        {
            result.DefaultLanguage = language is null
                ? null
                : StringOf(language)?.ToLowerInvariant() ?? throw new JsonLdException("invalid default language", "@language deve essere una stringa o null.");
        }

        if (context.TryGetPropertyValue("@propagate", out var propagate)
            && (propagate is not JsonValue p || p.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False)))
        {
            throw new JsonLdException("invalid @propagate value", "@propagate deve essere un booleano.");
        }

        var isProtected = false;
        if (context.TryGetPropertyValue("@protected", out var protectedValue))
        {
            isProtected = protectedValue is JsonValue pv && pv.GetValueKind() is JsonValueKind.True or JsonValueKind.False
                ? pv.GetValue<bool>()
                : throw new JsonLdException("invalid @protected value", "@protected deve essere un booleano.");
        }

        var defined = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var (term, _) in context)
        {
            if (!ContextKeywords.Contains(term))
            {
                CreateTermDefinition(result, context, term, defined, baseUrl, isProtected, overrideProtected, remoteContexts, validateScopedContext);
            }
        }
    }

    public void CreateTermDefinition(
        ActiveContext activeContext,
        JsonObject localContext,
        string term,
        Dictionary<string, bool> defined,
        string? baseUrl = null,
        bool isProtected = false,
        bool overrideProtected = false,
        IReadOnlyList<string>? remoteContexts = null,
        bool validateScopedContext = true)
    {
        if (defined.TryGetValue(term, out var done))
        {
            if (done)
            {
                return;
            }

            throw new JsonLdException("cyclic IRI mapping", $"Definizione ciclica del termine {term}.");
        }

        if (term.Length == 0)
        {
            throw new JsonLdException("invalid term definition", "Un termine non può essere vuoto.");
        }

        defined[term] = false;
        var value = localContext[term];
        if (term == "@type")
        {
            if (value is not JsonObject typeMap
                || typeMap.Any(e => e.Key is not ("@container" or "@protected"))
                || (typeMap.TryGetPropertyValue("@container", out var typeContainer) && StringOf(typeContainer) != "@set"))
            {
                throw new JsonLdException("keyword redefinition", "@type può essere ridefinito solo con @container @set e @protected.");
            }
        }
        else if (Iri.IsKeyword(term))
        {
            throw new JsonLdException("keyword redefinition", $"Una parola chiave non può essere ridefinita: {term}.");
        }
        else if (Iri.HasKeywordForm(term))
        {
            defined[term] = true;
            return;
        }

        var previous = activeContext.Term(term);
        activeContext.Terms.Remove(term);

        JsonObject definitionValue;
        var simpleTerm = false;
        if (value is null)
        {
            definitionValue = new JsonObject { ["@id"] = null };
        }
        else if (StringOf(value) is { } text)
        {
            definitionValue = new JsonObject { ["@id"] = text };
            simpleTerm = true;
        }
        else if (value is JsonObject map)
        {
            definitionValue = map;
        }
        else
        {
            throw new JsonLdException("invalid term definition", $"Definizione non valida per il termine {term}.");
        }

        foreach (var (key, _) in definitionValue)
        {
            if (!DefinitionKeys.Contains(key))
            {
                throw new JsonLdException("invalid term definition", $"Chiave {key} non ammessa nella definizione di {term}.");
            }
        }

        if (definitionValue.ContainsKey("@reverse"))
        {
            throw JsonLdException.Unsupported("@reverse");
        }

        if (definitionValue.ContainsKey("@nest"))
        {
            throw JsonLdException.Unsupported("@nest");
        }

        if (definitionValue.ContainsKey("@direction"))
        {
            throw JsonLdException.Unsupported("@direction");
        }

        if (definitionValue.ContainsKey("@index"))
        {
            throw JsonLdException.Unsupported("@index in una definizione di termine");
        }

        var termProtected = isProtected;
        if (definitionValue.TryGetPropertyValue("@protected", out var protectedValue))
        {
            termProtected = protectedValue is JsonValue pv && pv.GetValueKind() is JsonValueKind.True or JsonValueKind.False
                ? pv.GetValue<bool>()
                : throw new JsonLdException("invalid @protected value", "@protected deve essere un booleano.");
        }

        string? typeMapping = null;
        if (definitionValue.TryGetPropertyValue("@type", out var typeValue))
        {
            var typeText = StringOf(typeValue) ?? throw new JsonLdException("invalid type mapping", $"@type non valido per {term}.");
            typeMapping = ExpandIri(activeContext, typeText, vocab: true, localContext: localContext, defined: defined);
            if (typeMapping is not ("@id" or "@json" or "@none" or "@vocab") && (typeMapping is null || !Iri.IsAbsolute(typeMapping)))
            {
                throw new JsonLdException("invalid type mapping", $"@type non valido per {term}: {typeText}");
            }
        }

        string? iri;
        var prefix = false;
        if (definitionValue.TryGetPropertyValue("@id", out var idValue) && StringOf(idValue) != term)
        {
            if (idValue is null)
            {
                iri = null;
            }
            else
            {
                var idText = StringOf(idValue) ?? throw new JsonLdException("invalid IRI mapping", $"@id non valido per {term}.");
                if (!Iri.IsKeyword(idText) && Iri.HasKeywordForm(idText))
                {
                    defined[term] = true;
                    return;
                }

                iri = ExpandIri(activeContext, idText, vocab: true, localContext: localContext, defined: defined);
                if (iri is null || (!Iri.IsKeyword(iri) && !Iri.IsAbsolute(iri) && !Iri.IsBlankNode(iri)))
                {
                    throw new JsonLdException("invalid IRI mapping", $"@id non valido per {term}: {idText}");
                }

                if (iri == "@context")
                {
                    throw new JsonLdException("invalid keyword alias", "@context non può avere alias.");
                }

                if (term.Length > 2 && (term.AsSpan(1, term.Length - 2).Contains(':') || term.Contains('/', StringComparison.Ordinal)))
                {
                    defined[term] = true;
                    var termIri = ExpandIri(activeContext, term, vocab: true, localContext: localContext, defined: defined);
                    if (termIri != iri)
                    {
                        throw new JsonLdException("invalid IRI mapping", $"Il termine {term} sembra un IRI diverso dal suo @id.");
                    }
                }

                if (!term.Contains(':', StringComparison.Ordinal) && !term.Contains('/', StringComparison.Ordinal) && simpleTerm
                    && (Iri.IsBlankNode(iri) || (iri.Length > 0 && ":/?#[]@".Contains(iri[^1], StringComparison.Ordinal))))
                {
                    prefix = true;
                }
            }
        }
        else if (term.IndexOf(':', 1) > 0)
        {
            var colon = term.IndexOf(':', 1);
            var prefixTerm = term[..colon];
            var suffix = term[(colon + 1)..];
            if (localContext.ContainsKey(prefixTerm))
            {
                CreateTermDefinition(activeContext, localContext, prefixTerm, defined, baseUrl, isProtected, overrideProtected, remoteContexts, validateScopedContext);
            }

            iri = activeContext.Term(prefixTerm) is { Iri: { } prefixIri } ? prefixIri + suffix : term;
        }
        else if (term.Contains('/', StringComparison.Ordinal))
        {
            iri = ExpandIri(activeContext, term, vocab: true);
            if (iri is null || !Iri.IsAbsolute(iri))
            {
                throw new JsonLdException("invalid IRI mapping", $"Il termine {term} non è un IRI.");
            }
        }
        else if (term == "@type")
        {
            iri = "@type";
        }
        else if (activeContext.Vocab is not null)
        {
            iri = activeContext.Vocab + term;
        }
        else
        {
            throw new JsonLdException("invalid IRI mapping", $"Il termine {term} non ha un IRI e manca @vocab.");
        }

        var definition = new TermDefinition { Iri = iri, Prefix = prefix, Protected = termProtected, TypeMapping = typeMapping };

        if (definitionValue.TryGetPropertyValue("@container", out var containerValue))
        {
            definition.Container = ParseContainer(term, containerValue);
            if (definition.HasContainer("@type") || definition.HasContainer("@id"))
            {
                throw JsonLdException.Unsupported("mappe @id o @type (@container)");
            }
        }

        if (definitionValue.TryGetPropertyValue("@context", out var scoped))
        {
            try
            {
                Process(activeContext, scoped, baseUrl, remoteContexts, overrideProtected: true, validateScopedContext: false);
            }
            catch (JsonLdException error) when (error.Code is not ("unsupported feature" or "limit exceeded" or "loading remote context failed"))
            {
                throw new JsonLdException("invalid scoped context", $"Contesto del termine {term} non valido: {error.Message}");
            }

            definition.HasLocalContext = true;
            definition.LocalContext = scoped;
            definition.BaseUrl = baseUrl;
        }

        if (definitionValue.TryGetPropertyValue("@language", out var languageValue) && typeMapping is null)
        {
            definition.HasLanguage = true;
            definition.Language = languageValue is null
                ? null
                : StringOf(languageValue)?.ToLowerInvariant() ?? throw new JsonLdException("invalid language mapping", $"@language non valido per {term}.");
        }

        if (definitionValue.TryGetPropertyValue("@prefix", out var prefixValue))
        {
            if (term.Contains(':', StringComparison.Ordinal) || term.Contains('/', StringComparison.Ordinal))
            {
                throw new JsonLdException("invalid term definition", $"@prefix non ammesso per {term}.");
            }

            definition.Prefix = prefixValue is JsonValue pv && pv.GetValueKind() is JsonValueKind.True or JsonValueKind.False
                ? pv.GetValue<bool>()
                : throw new JsonLdException("invalid @prefix value", "@prefix deve essere un booleano.");
        }

        if (!overrideProtected && previous is { Protected: true })
        {
            if (!definition.SameAs(previous))
            {
                throw new JsonLdException("protected term redefinition", $"Il termine protetto {term} non può essere ridefinito.");
            }

            definition = previous;
        }

        activeContext.Terms[term] = definition;
        defined[term] = true;
    }

    /// <summary>IRI expansion (section 5.2.2).</summary>
    public string? ExpandIri(
        ActiveContext activeContext,
        string? value,
        bool documentRelative = false,
        bool vocab = false,
        JsonObject? localContext = null,
        Dictionary<string, bool>? defined = null)
    {
        if (value is null || Iri.IsKeyword(value))
        {
            return value;
        }

        if (Iri.HasKeywordForm(value))
        {
            return null;
        }

        if (localContext is not null && defined is not null && localContext.ContainsKey(value)
            && (!defined.TryGetValue(value, out var isDefined) || !isDefined))
        {
            CreateTermDefinition(activeContext, localContext, value, defined);
        }

        var term = activeContext.Term(value);
        if (term is not null && Iri.IsKeyword(term.Iri))
        {
            return term.Iri;
        }

        if (vocab && term is not null)
        {
            return term.Iri;
        }

        var colon = value.IndexOf(':', 1 < value.Length ? 1 : 0);
        if (colon > 0)
        {
            var prefix = value[..colon];
            var suffix = value[(colon + 1)..];
            if (prefix == "_" || suffix.StartsWith("//", StringComparison.Ordinal))
            {
                return value;
            }

            if (localContext is not null && defined is not null && localContext.ContainsKey(prefix)
                && (!defined.TryGetValue(prefix, out var prefixDefined) || !prefixDefined))
            {
                CreateTermDefinition(activeContext, localContext, prefix, defined);
            }

            if (activeContext.Term(prefix) is { Iri: not null, Prefix: true } prefixDefinition)
            {
                return prefixDefinition.Iri + suffix;
            }

            if (Iri.IsAbsolute(value))
            {
                return value;
            }
        }

        if (vocab && activeContext.Vocab is not null)
        {
            return activeContext.Vocab + value;
        }

        if (documentRelative)
        {
            return Iri.Resolve(activeContext.BaseIri, value);
        }

        return value;
    }

    private static List<string> ParseContainer(string term, JsonNode? value)
    {
        var items = value switch
        {
            JsonArray array => array.Select(StringOf).ToList(),
            _ => [StringOf(value)],
        };
        if (items.Any(i => i is not ("@graph" or "@id" or "@index" or "@language" or "@list" or "@set" or "@type")))
        {
            throw new JsonLdException("invalid container mapping", $"@container non valido per {term}.");
        }

        var container = items.Select(i => i!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (container.Contains("@list") && container.Count > 1)
        {
            throw new JsonLdException("invalid container mapping", $"@list non si combina con altri contenitori ({term}).");
        }

        if (container.Contains("@index") && container.Except(["@index", "@set"]).Any())
        {
            throw JsonLdException.Unsupported("@container @index combinato con @graph");
        }

        if (container.Contains("@language") && container.Except(["@language", "@set"]).Any())
        {
            throw new JsonLdException("invalid container mapping", $"@language non si combina con {string.Join(", ", container)} ({term}).");
        }

        return container;
    }

    private readonly record struct CacheKey(
        ActiveContext Active,
        JsonNode? Local,
        string? BaseUrl,
        bool OverrideProtected,
        bool Propagate,
        bool ValidateScopedContext);

    internal static string? StringOf(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
