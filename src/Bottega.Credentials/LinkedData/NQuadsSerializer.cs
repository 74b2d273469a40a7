using System.Globalization;
using System.Text;

namespace Bottega.Credentials.LinkedData;

/// <summary>The canonical N-Quads form of RDFC-1.0 (section 4.1 of RDF Dataset Canonicalization and RDF 1.2 N-Quads).</summary>
internal static class NQuadsSerializer
{
    /// <summary>One quad as a line ending in a newline; blank nodes are written through <paramref name="label"/>.</summary>
    public static string Line(RdfQuad quad, Func<RdfTerm, string>? label = null)
    {
        ArgumentNullException.ThrowIfNull(quad);
        var builder = new StringBuilder();
        Append(builder, quad.Subject, label);
        builder.Append(' ');
        Append(builder, quad.Predicate, label);
        builder.Append(' ');
        Append(builder, quad.Object, label);
        if (quad.Graph is not null)
        {
            builder.Append(' ');
            Append(builder, quad.Graph, label);
        }

        builder.Append(" .\n");
        return builder.ToString();
    }

    public static string Term(RdfTerm term)
    {
        var builder = new StringBuilder();
        Append(builder, term, null);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, RdfTerm term, Func<RdfTerm, string>? label)
    {
        switch (term.Kind)
        {
            case RdfTermKind.Iri:
                builder.Append('<').Append(term.Value).Append('>');
                break;
            case RdfTermKind.BlankNode:
                builder.Append("_:").Append(label is null ? term.Value : label(term));
                break;
            default:
                builder.Append('"');
                AppendEscaped(builder, term.Value);
                builder.Append('"');
                if (term.Language is not null)
                {
                    builder.Append('@').Append(term.Language);
                }
                else if (term.Datatype is not null && term.Datatype != RdfTerm.XsdString)
                {
                    builder.Append("^^<").Append(term.Datatype).Append('>');
                }

                break;
        }
    }

    private static void AppendEscaped(StringBuilder builder, string value)
    {
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                default:
                    if (c <= '\u001F' || c == '\u007F')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }
    }
}
