using System.Globalization;

namespace Bottega.Credentials.LinkedData;

/// <summary>Issues identifiers with a prefix and a counter, remembering the order of issue (RDFC-1.0 section 4.5).</summary>
internal sealed class IdentifierIssuer
{
    private readonly string prefix;
    private readonly Dictionary<string, string> issued;
    private readonly List<string> order;

    public IdentifierIssuer(string prefix)
        : this(prefix, [], [])
    {
    }

    private IdentifierIssuer(string prefix, Dictionary<string, string> issued, List<string> order)
    {
        this.prefix = prefix;
        this.issued = issued;
        this.order = order;
    }

    /// <summary>The existing identifiers in the order their new identifiers were issued.</summary>
    public IReadOnlyList<string> IssuedOrder => order;

    public bool TryGet(string existing, out string identifier) => issued.TryGetValue(existing, out identifier!);

    public string Issue(string existing)
    {
        if (issued.TryGetValue(existing, out var identifier))
        {
            return identifier;
        }

        identifier = prefix + order.Count.ToString(CultureInfo.InvariantCulture);
        issued.Add(existing, identifier);
        order.Add(existing);
        return identifier;
    }

    public IdentifierIssuer Copy() => new(prefix, new Dictionary<string, string>(issued, StringComparer.Ordinal), [.. order]);
}
