using System.Globalization;
using System.Text.Json.Nodes;

namespace Bottega.Credentials.LinkedData;

/// <summary>
/// JSON-LD 1.1 to RDF: expansion with the bundled contexts, then "Deserialize JSON-LD to RDF" (JSON-LD 1.1 API,
/// section 8.1) producing quads: node objects become subjects (new blank nodes when they have no @id), "@graph"
/// containers such as a credential's proof become named graphs, numbers and booleans get their XSD datatypes,
/// "@json" values become rdf:JSON literals in JCS form. Errors are <see cref="JsonLdException"/>, never partial output.
/// </summary>
internal sealed class JsonLdToRdf
{
    private const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private const string Xsd = "http://www.w3.org/2001/XMLSchema#";

    private readonly RdfDataset dataset = new();
    private readonly Dictionary<string, string> blankNodeLabels = new(StringComparer.Ordinal);
    private readonly JsonLdLimits limits;
    private int blankNodeCounter;

    private JsonLdToRdf(JsonLdLimits limits) => this.limits = limits;

    public static RdfDataset ToDataset(JsonObject document, JsonLdDocumentLoader? loader = null, JsonLdLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        limits ??= JsonLdLimits.Default;
        var contexts = new JsonLdContextProcessor(loader ?? JsonLdDocumentLoader.Bundled, limits);
        var expanded = new JsonLdExpander(contexts, limits).Expand(document, baseUrl: null);
        var converter = new JsonLdToRdf(limits);
        foreach (var node in expanded)
        {
            converter.ObjectToRdf(node, graph: null);
        }

        return converter.dataset;
    }

    private RdfTerm? ObjectToRdf(object? item, RdfTerm? graph)
    {
        if (item is not Dictionary<string, object?> map)
        {
            throw new JsonLdException("invalid value", "Elemento espanso non valido.");
        }

        if (map.TryGetValue("@value", out var value))
        {
            return Literal(map, value);
        }

        if (map.TryGetValue("@list", out var list))
        {
            return ListToRdf(JsonLdExpander.AsList(list), graph);
        }

        var subject = map.TryGetValue("@id", out var id) ? Node((string)id!) : NewBlankNode();
        if (map.TryGetValue("@type", out var types))
        {
            foreach (var type in JsonLdExpander.AsList(types))
            {
                Add(new RdfQuad(subject, RdfTerm.Iri(Rdf + "type"), Node((string)type!), graph));
            }
        }

        if (map.TryGetValue("@graph", out var graphNodes))
        {
            foreach (var node in JsonLdExpander.AsList(graphNodes))
            {
                ObjectToRdf(node, subject);
            }
        }

        foreach (var (property, values) in map)
        {
            if (Iri.IsKeyword(property))
            {
                continue;
            }

            var predicate = RdfTerm.Iri(property);
            foreach (var entry in JsonLdExpander.AsList(values))
            {
                var obj = ObjectToRdf(entry, graph);
                if (obj is not null)
                {
                    Add(new RdfQuad(subject, predicate, obj, graph));
                }
            }
        }

        return subject;
    }

    private static RdfTerm Literal(Dictionary<string, object?> map, object? value)
    {
        var datatype = map.TryGetValue("@type", out var type) ? (string?)type : null;
        if (datatype == "@json")
        {
            return RdfTerm.Literal(JsonCanonicalizer.Serialize(value as JsonNode ?? JsonValue.Create(value)), Rdf + "JSON");
        }

        switch (value)
        {
            case bool flag:
                return RdfTerm.Literal(flag ? "true" : "false", datatype ?? Xsd + "boolean");
            case double number when Math.Truncate(number) != number || Math.Abs(number) >= 1e21 || datatype == Xsd + "double":
                return RdfTerm.Literal(CanonicalDouble(number), datatype ?? Xsd + "double");
            case double integer:
                return RdfTerm.Literal(new System.Numerics.BigInteger(integer).ToString(CultureInfo.InvariantCulture), datatype ?? Xsd + "integer");
            case string text when map.TryGetValue("@language", out var language):
                return RdfTerm.LanguageLiteral(text, (string)language!);
            case string text:
                return RdfTerm.Literal(text, datatype ?? RdfTerm.XsdString);
            default:
                throw new JsonLdException("invalid value object", "Valore letterale non valido.");
        }
    }

    private RdfTerm ListToRdf(List<object?> items, RdfTerm? graph)
    {
        if (items.Count == 0)
        {
            return RdfTerm.Iri(Rdf + "nil");
        }

        var nodes = items.Select(_ => NewBlankNode()).ToList();
        for (var i = 0; i < items.Count; i++)
        {
            var first = ObjectToRdf(items[i], graph);
            if (first is not null)
            {
                Add(new RdfQuad(nodes[i], RdfTerm.Iri(Rdf + "first"), first, graph));
            }

            Add(new RdfQuad(nodes[i], RdfTerm.Iri(Rdf + "rest"), i + 1 < nodes.Count ? nodes[i + 1] : RdfTerm.Iri(Rdf + "nil"), graph));
        }

        return nodes[0];
    }

    private RdfTerm Node(string identifier)
    {
        if (!Iri.IsBlankNode(identifier))
        {
            return RdfTerm.Iri(identifier);
        }

        if (!blankNodeLabels.TryGetValue(identifier, out var label))
        {
            label = NewBlankNode().Value;
            blankNodeLabels.Add(identifier, label);
        }

        return RdfTerm.Blank(label);
    }

    private RdfTerm NewBlankNode() => RdfTerm.Blank("b" + (blankNodeCounter++).ToString(CultureInfo.InvariantCulture));

    private void Add(RdfQuad quad)
    {
        dataset.Add(quad);
        if (dataset.Quads.Count > limits.MaxQuads)
        {
            throw new JsonLdException("limit exceeded", "Il documento produce troppe quadruple RDF.");
        }
    }

    /// <summary>The canonical lexical form of xsd:double as JSON-LD writes it: 1.1E0, 1.0E21, -5.0E-7.</summary>
    internal static string CanonicalDouble(double value)
    {
        var text = value.ToString("E15", CultureInfo.InvariantCulture);
        var e = text.IndexOf('E', StringComparison.Ordinal);
        var mantissa = text[..e].TrimEnd('0');
        if (mantissa.EndsWith('.'))
        {
            mantissa += "0";
        }

        var exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return mantissa + "E" + exponent.ToString(CultureInfo.InvariantCulture);
    }
}
