using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bottega.Credentials.LinkedData;

/// <summary>
/// The JSON-LD 1.1 expansion algorithm (section 5.1) for the features Verifiable Credentials use. The expanded
/// form is plain data: <see cref="Dictionary{TKey, TValue}"/> for maps, <see cref="List{T}"/> for arrays, string,
/// bool, double, and <see cref="JsonNode"/> for the value of an "@json" literal.
/// Anything dropped by the specification because it has no IRI (an undefined term, a relative type) is refused
/// instead ("safe mode"): a signature must never cover data that silently vanished from the RDF.
/// </summary>
internal sealed class JsonLdExpander(JsonLdContextProcessor contexts, JsonLdLimits limits)
{
    private int nodes;

    public List<object?> Expand(JsonNode document, string? baseUrl)
    {
        var expanded = Expand(new ActiveContext(baseUrl), null, document, baseUrl, depth: 0, fromMap: false);
        return expanded switch
        {
            null => [],
            List<object?> list => list,
            Dictionary<string, object?> map when map.Count == 1 && map.TryGetValue("@graph", out var graph) => AsList(graph),
            _ => [expanded],
        };
    }

    private object? Expand(ActiveContext activeContext, string? activeProperty, JsonNode? element, string? baseUrl, int depth, bool fromMap)
    {
        if (depth > limits.MaxDepth)
        {
            throw new JsonLdException("limit exceeded", "Documento JSON-LD troppo profondo.");
        }

        if (++nodes > limits.MaxNodes)
        {
            throw new JsonLdException("limit exceeded", "Documento JSON-LD troppo grande.");
        }

        if (element is null)
        {
            return null;
        }

        var propertyDefinition = activeContext.Term(activeProperty);
        if (element is JsonValue scalar)
        {
            if (activeProperty is null or "@graph")
            {
                throw new JsonLdException("invalid value", "Valore scalare fuori da qualsiasi proprietà (verrebbe scartato).");
            }

            if (propertyDefinition is { HasLocalContext: true })
            {
                activeContext = contexts.Process(activeContext, propertyDefinition.LocalContext, propertyDefinition.BaseUrl);
            }

            return ExpandValue(activeContext, activeProperty, scalar);
        }

        if (element is JsonArray array)
        {
            var result = new List<object?>();
            foreach (var item in array)
            {
                var expandedItem = Expand(activeContext, activeProperty, item, baseUrl, depth + 1, fromMap);
                if (propertyDefinition is not null && propertyDefinition.HasContainer("@list") && expandedItem is List<object?> nested)
                {
                    expandedItem = new Dictionary<string, object?>(StringComparer.Ordinal) { ["@list"] = nested };
                }

                if (expandedItem is List<object?> items)
                {
                    result.AddRange(items);
                }
                else if (expandedItem is not null)
                {
                    result.Add(expandedItem);
                }
            }

            return result;
        }

        return ExpandObject(activeContext, activeProperty, propertyDefinition, (JsonObject)element, baseUrl, depth, fromMap);
    }

    private object? ExpandObject(
        ActiveContext activeContext,
        string? activeProperty,
        TermDefinition? propertyDefinition,
        JsonObject element,
        string? baseUrl,
        int depth,
        bool fromMap)
    {
        if (activeContext.PreviousContext is not null && !fromMap)
        {
            var keys = element.Select(e => contexts.ExpandIri(activeContext, e.Key, vocab: true)).ToList();
            var isValueObject = keys.Contains("@value");
            var isReference = keys.Count == 1 && keys[0] == "@id";
            if (!isValueObject && !isReference)
            {
                activeContext = activeContext.PreviousContext;
            }
        }

        if (propertyDefinition is { HasLocalContext: true })
        {
            activeContext = contexts.Process(activeContext, propertyDefinition.LocalContext, propertyDefinition.BaseUrl, overrideProtected: true);
        }

        if (element.TryGetPropertyValue("@context", out var localContext))
        {
            activeContext = contexts.Process(activeContext, localContext, baseUrl);
        }

        var typeScopedContext = activeContext;
        string? inputType = null;
        foreach (var (key, value) in element.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (contexts.ExpandIri(activeContext, key, vocab: true) != "@type")
            {
                continue;
            }

            var types = value is JsonArray typeArray ? typeArray.ToList() : [value];
            foreach (var type in types.Select(JsonLdContextProcessor.StringOf).Where(t => t is not null).Order(StringComparer.Ordinal))
            {
                if (typeScopedContext.Term(type) is { HasLocalContext: true } typeDefinition)
                {
                    activeContext = contexts.Process(activeContext, typeDefinition.LocalContext, typeDefinition.BaseUrl, propagate: false);
                }
            }

            if (types.Count > 0 && JsonLdContextProcessor.StringOf(types[^1]) is { } lastType)
            {
                inputType = contexts.ExpandIri(activeContext, lastType, vocab: true);
            }
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in element.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            if (key == "@context")
            {
                continue;
            }

            var expandedProperty = contexts.ExpandIri(activeContext, key, vocab: true);
            if (expandedProperty is null || (!Iri.IsKeyword(expandedProperty) && !Iri.IsAbsolute(expandedProperty) && !Iri.IsBlankNode(expandedProperty)))
            {
                throw new JsonLdException("invalid property", $"Proprietà senza definizione nel contesto: {key}");
            }

            if (Iri.IsKeyword(expandedProperty))
            {
                ExpandKeyword(activeContext, typeScopedContext, activeProperty, result, key, expandedProperty, value, inputType, baseUrl, depth);
                continue;
            }

            if (Iri.IsBlankNode(expandedProperty))
            {
                throw new JsonLdException("invalid property", $"Proprietà con IRI di nodo vuoto: {key}");
            }

            var definition = activeContext.Term(key);
            object? expandedValue;
            if (definition?.TypeMapping == "@json")
            {
                expandedValue = new Dictionary<string, object?>(StringComparer.Ordinal)
                {
                    ["@value"] = value?.DeepClone(),
                    ["@type"] = "@json",
                };
            }
            else if (definition is not null && definition.HasContainer("@language") && value is JsonObject languageMap)
            {
                expandedValue = ExpandLanguageMap(activeContext, languageMap);
            }
            else if (definition is not null && definition.HasContainer("@index") && value is JsonObject)
            {
                throw JsonLdException.Unsupported("mappe @index");
            }
            else
            {
                expandedValue = Expand(activeContext, key, value, baseUrl, depth + 1, fromMap: false);
            }

            if (expandedValue is null)
            {
                continue;
            }

            if (definition is not null && definition.HasContainer("@list") && !IsListObject(expandedValue))
            {
                expandedValue = new Dictionary<string, object?>(StringComparer.Ordinal) { ["@list"] = AsList(expandedValue) };
            }

            if (definition is not null && definition.HasContainer("@graph"))
            {
                expandedValue = AsList(expandedValue)
                    .Select(item => IsGraphObject(item)
                        ? item
                        : new Dictionary<string, object?>(StringComparer.Ordinal) { ["@graph"] = AsList(item) })
                    .ToList();
            }

            AddValue(result, expandedProperty, expandedValue);
        }

        return Finish(result, activeProperty);
    }

    private void ExpandKeyword(
        ActiveContext activeContext,
        ActiveContext typeScopedContext,
        string? activeProperty,
        Dictionary<string, object?> result,
        string key,
        string keyword,
        JsonNode? value,
        string? inputType,
        string? baseUrl,
        int depth)
    {
        if (result.ContainsKey(keyword) && keyword is not "@type")
        {
            throw new JsonLdException("colliding keywords", $"Parola chiave ripetuta: {keyword} ({key}).");
        }

        object? expandedValue;
        switch (keyword)
        {
            case "@id":
                var id = JsonLdContextProcessor.StringOf(value) ?? throw new JsonLdException("invalid @id value", "@id deve essere una stringa.");
                expandedValue = RequireIri(contexts.ExpandIri(activeContext, id, documentRelative: true), id);
                break;
            case "@type":
                var types = value switch
                {
                    JsonArray array => array.Select(JsonLdContextProcessor.StringOf).ToList(),
                    _ => [JsonLdContextProcessor.StringOf(value)],
                };
                if (types.Any(t => t is null))
                {
                    throw new JsonLdException("invalid type value", "@type deve essere una stringa o un elenco di stringhe.");
                }

                var expandedTypes = types
                    .Select(t => t == "@json" ? "@json" : RequireIri(contexts.ExpandIri(typeScopedContext, t, documentRelative: true, vocab: true), t!))
                    .Cast<object?>()
                    .ToList();
                if (result.TryGetValue("@type", out var existing))
                {
                    expandedTypes.InsertRange(0, AsList(existing));
                }

                expandedValue = expandedTypes;
                break;
            case "@graph":
                expandedValue = AsList(Expand(activeContext, "@graph", value, baseUrl, depth + 1, fromMap: false));
                break;
            case "@value":
                if (inputType == "@json")
                {
                    expandedValue = value?.DeepClone();
                }
                else if (value is null or JsonValue)
                {
                    expandedValue = value is null ? null : Scalar((JsonValue)value);
                }
                else
                {
                    throw new JsonLdException("invalid value object value", "@value deve essere uno scalare o null.");
                }

                break;
            case "@language":
                if (value is null)
                {
                    // A null language is dropped, as if absent (as jsonld.js does).
                    return;
                }

                // Lower-cased as jsonld.js does, so that signatures made with it verify here.
                expandedValue = (JsonLdContextProcessor.StringOf(value) ?? throw new JsonLdException("invalid language-tagged string", "@language deve essere una stringa."))
                    .ToLowerInvariant();
                break;
            case "@index":
                expandedValue = JsonLdContextProcessor.StringOf(value) ?? throw new JsonLdException("invalid @index value", "@index deve essere una stringa.");
                break;
            case "@list":
                if (activeProperty is null or "@graph")
                {
                    throw new JsonLdException("invalid value", "@list fuori da qualsiasi proprietà (verrebbe scartato).");
                }

                expandedValue = AsList(Expand(activeContext, activeProperty, value, baseUrl, depth + 1, fromMap: false));
                break;
            case "@set":
                expandedValue = Expand(activeContext, activeProperty, value, baseUrl, depth + 1, fromMap: false);
                break;
            default:
                throw JsonLdException.Unsupported(keyword);
        }

        if (expandedValue is null && keyword == "@value" && inputType != "@json")
        {
            result["@value"] = null;
            return;
        }

        result[keyword] = expandedValue;
    }

    private static object? Finish(Dictionary<string, object?> result, string? activeProperty)
    {
        if (result.TryGetValue("@value", out var value))
        {
            if (result.Keys.Any(k => k is not ("@value" or "@type" or "@language" or "@index")))
            {
                throw new JsonLdException("invalid value object", "Oggetto valore con chiavi non ammesse.");
            }

            if (result.ContainsKey("@type") && result.ContainsKey("@language"))
            {
                throw new JsonLdException("invalid value object", "Un valore non può avere insieme @type e @language.");
            }

            if (result.TryGetValue("@type", out var type))
            {
                var types = AsList(type);
                if (types.Count != 1 || types[0] is not string typeIri)
                {
                    throw new JsonLdException("invalid typed value", "Un valore tipizzato ha un solo @type.");
                }

                result["@type"] = typeIri;
                if (typeIri == "@json")
                {
                    return result;
                }
            }

            if (value is null)
            {
                throw new JsonLdException("invalid value object value", "Valore nullo (verrebbe scartato).");
            }

            if (value is not string && result.ContainsKey("@language"))
            {
                throw new JsonLdException("invalid language-tagged value", "Solo le stringhe possono avere una lingua.");
            }

            return result;
        }

        if (result.TryGetValue("@type", out var nodeType) && nodeType is not List<object?>)
        {
            result["@type"] = AsList(nodeType);
        }

        if (result.ContainsKey("@set") || result.ContainsKey("@list"))
        {
            if (result.Count > 2 || (result.Count == 2 && !result.ContainsKey("@index")))
            {
                throw new JsonLdException("invalid set or list object", "@set e @list ammettono solo @index accanto.");
            }

            if (result.TryGetValue("@set", out var set))
            {
                return set;
            }
        }

        if (result.Count == 1 && result.ContainsKey("@language"))
        {
            return null;
        }

        if (activeProperty is null or "@graph")
        {
            if (result.Count == 0 || result.ContainsKey("@value") || result.ContainsKey("@list"))
            {
                return null;
            }

            if (result.Count == 1 && result.ContainsKey("@id"))
            {
                return null;
            }
        }

        return result;
    }

    private List<object?> ExpandLanguageMap(ActiveContext activeContext, JsonObject languageMap)
    {
        var result = new List<object?>();
        foreach (var (language, languageValue) in languageMap.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var values = languageValue is JsonArray array ? array.ToList() : [languageValue];
            foreach (var item in values)
            {
                if (item is null)
                {
                    continue;
                }

                var text = JsonLdContextProcessor.StringOf(item)
                    ?? throw new JsonLdException("invalid language map value", "I valori di una mappa di lingue sono stringhe.");
                var entry = new Dictionary<string, object?>(StringComparer.Ordinal) { ["@value"] = text };
                if (language != "@none" && contexts.ExpandIri(activeContext, language, vocab: true) != "@none")
                {
                    entry["@language"] = language.ToLowerInvariant();
                }

                result.Add(entry);
            }
        }

        return result;
    }

    /// <summary>Value expansion (section 5.3.2).</summary>
    private Dictionary<string, object?> ExpandValue(ActiveContext activeContext, string activeProperty, JsonValue value)
    {
        var definition = activeContext.Term(activeProperty);
        var scalar = Scalar(value);
        var typeMapping = definition?.TypeMapping;
        if (typeMapping == "@id" && scalar is string id)
        {
            return new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["@id"] = RequireIri(contexts.ExpandIri(activeContext, id, documentRelative: true), id),
            };
        }

        if (typeMapping == "@vocab" && scalar is string vocabId)
        {
            return new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["@id"] = RequireIri(contexts.ExpandIri(activeContext, vocabId, documentRelative: true, vocab: true), vocabId),
            };
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal) { ["@value"] = scalar };
        if (typeMapping is not null and not ("@id" or "@vocab" or "@none"))
        {
            result["@type"] = typeMapping;
        }
        else if (scalar is string)
        {
            var language = definition is { HasLanguage: true } ? definition.Language : activeContext.DefaultLanguage;
            if (language is not null)
            {
                result["@language"] = language;
            }
        }

        return result;
    }

    private static object Scalar(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => JsonNumbers.ToDouble(value),
        _ => throw new JsonLdException("invalid value", "Valore JSON non supportato."),
    };

    private static string RequireIri(string? expanded, string original)
    {
        if (expanded is null || (!Iri.IsAbsolute(expanded) && !Iri.IsBlankNode(expanded)))
        {
            throw new JsonLdException("invalid IRI", $"IRI non assoluto (verrebbe scartato): {original}");
        }

        return expanded;
    }

    private static bool IsGraphObject(object? value) =>
        value is Dictionary<string, object?> map && map.ContainsKey("@graph") && map.Keys.All(k => k is "@graph" or "@id" or "@index");

    private static bool IsListObject(object? value) => value is Dictionary<string, object?> map && map.ContainsKey("@list");

    internal static List<object?> AsList(object? value) => value switch
    {
        null => [],
        List<object?> list => list,
        _ => [value],
    };

    private static void AddValue(Dictionary<string, object?> result, string property, object? value)
    {
        if (!result.TryGetValue(property, out var existing))
        {
            existing = new List<object?>();
            result[property] = existing;
        }

        var list = (List<object?>)existing!;
        if (value is List<object?> values)
        {
            list.AddRange(values);
        }
        else
        {
            list.Add(value);
        }
    }
}
