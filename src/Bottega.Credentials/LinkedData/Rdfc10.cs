using System.Security.Cryptography;
using System.Text;

namespace Bottega.Credentials.LinkedData;

/// <summary>
/// RDF Dataset Canonicalization RDFC-1.0 with SHA-256 (https://www.w3.org/TR/rdf-canon/).
/// The work is bounded: past <see cref="Rdfc10Limits"/> the algorithm stops with a <see cref="CanonicalizationException"/>.
/// </summary>
internal sealed class Rdfc10
{
    private readonly Dictionary<string, List<RdfQuad>> quadsByBlankNode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> firstDegreeHashes = new(StringComparer.Ordinal);
    private readonly IdentifierIssuer canonicalIssuer = new("c14n");
    private readonly Rdfc10Limits limits;
    private int nDegreeCalls;

    private Rdfc10(Rdfc10Limits limits) => this.limits = limits;

    /// <summary>The canonical N-Quads document: one line per quad, sorted, each ending in a newline.</summary>
    public static string Canonicalize(RdfDataset dataset, Rdfc10Limits? limits = null)
    {
        var (lines, _) = Run(dataset, limits);
        return string.Concat(lines);
    }

    /// <summary>The canonical identifier issued for each input blank node label.</summary>
    public static IReadOnlyDictionary<string, string> IssuedIdentifiers(RdfDataset dataset, Rdfc10Limits? limits = null) =>
        Run(dataset, limits).Issued;

    private static (List<string> Lines, IReadOnlyDictionary<string, string> Issued) Run(RdfDataset dataset, Rdfc10Limits? limits)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        limits ??= Rdfc10Limits.Default;
        if (dataset.Quads.Count > limits.MaxQuads)
        {
            throw new CanonicalizationException("Il dataset RDF supera il numero massimo di quadruple.");
        }

        return new Rdfc10(limits).Run(dataset);
    }

    private (List<string>, IReadOnlyDictionary<string, string>) Run(RdfDataset dataset)
    {
        foreach (var quad in dataset.Quads)
        {
            foreach (var term in BlankNodes(quad))
            {
                if (!quadsByBlankNode.TryGetValue(term.Value, out var list))
                {
                    list = [];
                    quadsByBlankNode.Add(term.Value, list);
                }

                if (list.Count == 0 || !ReferenceEquals(list[^1], quad))
                {
                    list.Add(quad);
                }
            }
        }

        var hashToBlankNodes = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var node in quadsByBlankNode.Keys)
        {
            var hash = HashFirstDegreeQuads(node);
            if (!hashToBlankNodes.TryGetValue(hash, out var nodes))
            {
                nodes = [];
                hashToBlankNodes.Add(hash, nodes);
            }

            nodes.Add(node);
        }

        var shared = new List<List<string>>();
        foreach (var (_, nodes) in hashToBlankNodes)
        {
            if (nodes.Count == 1)
            {
                canonicalIssuer.Issue(nodes[0]);
            }
            else
            {
                shared.Add(nodes);
            }
        }

        foreach (var nodes in shared)
        {
            var results = new List<(string Hash, IdentifierIssuer Issuer)>();
            foreach (var node in nodes)
            {
                if (canonicalIssuer.TryGet(node, out _))
                {
                    continue;
                }

                var temporary = new IdentifierIssuer("b");
                temporary.Issue(node);
                results.Add(HashNDegreeQuads(node, temporary));
            }

            foreach (var (_, issuer) in results.OrderBy(r => r.Hash, StringComparer.Ordinal))
            {
                foreach (var existing in issuer.IssuedOrder)
                {
                    canonicalIssuer.Issue(existing);
                }
            }
        }

        var lines = dataset.Quads
            .Select(quad => NQuadsSerializer.Line(quad, term => canonicalIssuer.Issue(term.Value)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        lines.Sort(CodePointComparer.Instance);
        var issued = canonicalIssuer.IssuedOrder.ToDictionary(
            node => node,
            node => canonicalIssuer.Issue(node),
            StringComparer.Ordinal);
        return (lines, issued);
    }

    private static IEnumerable<RdfTerm> BlankNodes(RdfQuad quad)
    {
        if (quad.Subject.IsBlank)
        {
            yield return quad.Subject;
        }

        if (quad.Object.IsBlank)
        {
            yield return quad.Object;
        }

        if (quad.Graph is { IsBlank: true })
        {
            yield return quad.Graph;
        }
    }

    private string HashFirstDegreeQuads(string node)
    {
        if (firstDegreeHashes.TryGetValue(node, out var known))
        {
            return known;
        }

        var lines = quadsByBlankNode[node]
            .Select(quad => NQuadsSerializer.Line(quad, term => term.Value == node ? "a" : "z"))
            .ToList();
        lines.Sort(CodePointComparer.Instance);
        var hash = Sha256Hex(string.Concat(lines));
        firstDegreeHashes.Add(node, hash);
        return hash;
    }

    private string HashRelatedBlankNode(string related, RdfQuad quad, IdentifierIssuer issuer, char position)
    {
        var input = new StringBuilder();
        input.Append(position);
        if (position != 'g')
        {
            input.Append('<').Append(quad.Predicate.Value).Append('>');
        }

        if (canonicalIssuer.TryGet(related, out var canonical))
        {
            input.Append("_:").Append(canonical);
        }
        else if (issuer.TryGet(related, out var temporary))
        {
            input.Append("_:").Append(temporary);
        }
        else
        {
            input.Append(HashFirstDegreeQuads(related));
        }

        return Sha256Hex(input.ToString());
    }

    private (string Hash, IdentifierIssuer Issuer) HashNDegreeQuads(string node, IdentifierIssuer issuer)
    {
        if (++nDegreeCalls > limits.MaxNDegreeCalls)
        {
            throw new CanonicalizationException(
                "Canonicalizzazione interrotta: il grafo richiede troppo lavoro (troppi nodi vuoti indistinguibili).");
        }

        var hashToRelated = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var quad in quadsByBlankNode[node])
        {
            AddRelated(quad.Subject, 's');
            AddRelated(quad.Object, 'o');
            if (quad.Graph is not null)
            {
                AddRelated(quad.Graph, 'g');
            }

            void AddRelated(RdfTerm term, char position)
            {
                if (!term.IsBlank || term.Value == node)
                {
                    return;
                }

                var hash = HashRelatedBlankNode(term.Value, quad, issuer, position);
                if (!hashToRelated.TryGetValue(hash, out var list))
                {
                    list = [];
                    hashToRelated.Add(hash, list);
                }

                list.Add(term.Value);
            }
        }

        var dataToHash = new StringBuilder();
        foreach (var (relatedHash, related) in hashToRelated)
        {
            dataToHash.Append(relatedHash);
            if (related.Count > limits.MaxRelatedPermutationLength)
            {
                throw new CanonicalizationException(
                    "Canonicalizzazione interrotta: troppi nodi vuoti indistinguibili collegati allo stesso nodo.");
            }

            string chosenPath = string.Empty;
            IdentifierIssuer? chosenIssuer = null;
            foreach (var permutation in Permutations(related))
            {
                var issuerCopy = issuer.Copy();
                var path = new StringBuilder();
                var recursionList = new List<string>();
                var skip = false;
                foreach (var item in permutation)
                {
                    if (canonicalIssuer.TryGet(item, out var canonical))
                    {
                        path.Append("_:").Append(canonical);
                    }
                    else
                    {
                        if (!issuerCopy.TryGet(item, out _))
                        {
                            recursionList.Add(item);
                        }

                        path.Append("_:").Append(issuerCopy.Issue(item));
                    }

                    if (IsWorse(path, chosenPath))
                    {
                        skip = true;
                        break;
                    }
                }

                if (skip)
                {
                    continue;
                }

                foreach (var item in recursionList)
                {
                    var result = HashNDegreeQuads(item, issuerCopy);
                    path.Append("_:").Append(issuerCopy.Issue(item));
                    path.Append('<').Append(result.Hash).Append('>');
                    issuerCopy = result.Issuer;
                    if (IsWorse(path, chosenPath))
                    {
                        skip = true;
                        break;
                    }
                }

                if (skip)
                {
                    continue;
                }

                var candidate = path.ToString();
                if (chosenIssuer is null || string.CompareOrdinal(candidate, chosenPath) < 0)
                {
                    chosenPath = candidate;
                    chosenIssuer = issuerCopy;
                }
            }

            dataToHash.Append(chosenPath);
            issuer = chosenIssuer!;
        }

        return (Sha256Hex(dataToHash.ToString()), issuer);
    }

    private static bool IsWorse(StringBuilder path, string chosenPath) =>
        chosenPath.Length != 0
        && path.Length >= chosenPath.Length
        && string.CompareOrdinal(path.ToString(), chosenPath) > 0;

    /// <summary>Every ordering of the list (Heap's algorithm, iterative).</summary>
    private static IEnumerable<string[]> Permutations(List<string> items)
    {
        var current = items.ToArray();
        var counters = new int[current.Length];
        yield return (string[])current.Clone();
        var i = 0;
        while (i < current.Length)
        {
            if (counters[i] < i)
            {
                var j = i % 2 == 0 ? 0 : counters[i];
                (current[j], current[i]) = (current[i], current[j]);
                yield return (string[])current.Clone();
                counters[i]++;
                i = 0;
            }
            else
            {
                counters[i] = 0;
                i++;
            }
        }
    }

    private static string Sha256Hex(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}

/// <summary>Bounds on canonicalization work, against "poison" datasets crafted to explode the N-degree hashing.</summary>
internal sealed record Rdfc10Limits(int MaxQuads, int MaxNDegreeCalls, int MaxRelatedPermutationLength)
{
    public static readonly Rdfc10Limits Default = new(MaxQuads: 20_000, MaxNDegreeCalls: 2_000, MaxRelatedPermutationLength: 8);
}
