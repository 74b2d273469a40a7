using System.Globalization;
using System.Text;

namespace Bottega.Credentials.LinkedData;

/// <summary>Reads N-Quads (RDF 1.1): IRIs, blank nodes, literals with escapes, language tags, datatypes, comments.</summary>
internal sealed class NQuadsParser
{
    private readonly string text;
    private int position;
    private int line = 1;

    private NQuadsParser(string text) => this.text = text;

    public static RdfDataset Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var dataset = new RdfDataset();
        new NQuadsParser(text).ReadAll(dataset);
        return dataset;
    }

    private void ReadAll(RdfDataset dataset)
    {
        while (true)
        {
            SkipSpaceAndComments(acrossLines: true);
            if (position >= text.Length)
            {
                return;
            }

            var subject = ReadTerm(allowLiteral: false, allowBlank: true);
            SkipSpaceAndComments(acrossLines: false);
            var predicate = ReadTerm(allowLiteral: false, allowBlank: false);
            SkipSpaceAndComments(acrossLines: false);
            var obj = ReadTerm(allowLiteral: true, allowBlank: true);
            SkipSpaceAndComments(acrossLines: false);
            RdfTerm? graph = null;
            if (Peek() != '.')
            {
                graph = ReadTerm(allowLiteral: false, allowBlank: true);
                SkipSpaceAndComments(acrossLines: false);
            }

            Expect('.');
            SkipSpaceAndComments(acrossLines: false);
            if (position < text.Length && Peek() != '\n' && Peek() != '\r')
            {
                throw Error("attesa la fine della riga");
            }

            dataset.Add(new RdfQuad(subject, predicate, obj, graph));
        }
    }

    private RdfTerm ReadTerm(bool allowLiteral, bool allowBlank)
    {
        var c = Peek();
        if (c == '<')
        {
            return RdfTerm.Iri(ReadIri());
        }

        if (c == '_' && allowBlank)
        {
            return RdfTerm.Blank(ReadBlankLabel());
        }

        if (c == '"' && allowLiteral)
        {
            return ReadLiteral();
        }

        throw Error("termine non valido");
    }

    private string ReadIri()
    {
        Expect('<');
        var builder = new StringBuilder();
        while (true)
        {
            var c = Next();
            if (c == '>')
            {
                return builder.ToString();
            }

            if (c == '\\')
            {
                AppendUnicodeEscape(builder, Next());
            }
            else if (c <= ' ' || c is '<' or '"' or '{' or '}' or '|' or '^' or '`')
            {
                throw Error("carattere non ammesso in un IRI");
            }
            else
            {
                builder.Append(c);
            }
        }
    }

    private string ReadBlankLabel()
    {
        Expect('_');
        Expect(':');
        var start = position;
        while (position < text.Length && !char.IsWhiteSpace(text[position]) && text[position] != '<' && text[position] != '"')
        {
            position++;
        }

        // A label may not end with a dot: the dot closes the statement.
        while (position > start && text[position - 1] == '.')
        {
            position--;
        }

        if (position == start)
        {
            throw Error("etichetta di nodo vuoto mancante");
        }

        return text[start..position];
    }

    private RdfTerm ReadLiteral()
    {
        Expect('"');
        var builder = new StringBuilder();
        while (true)
        {
            var c = Next();
            if (c == '"')
            {
                break;
            }

            if (c is '\n' or '\r')
            {
                throw Error("letterale non chiuso");
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            var escape = Next();
            switch (escape)
            {
                case 't': builder.Append('\t'); break;
                case 'b': builder.Append('\b'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 'f': builder.Append('\f'); break;
                case '"': builder.Append('"'); break;
                case '\'': builder.Append('\''); break;
                case '\\': builder.Append('\\'); break;
                default: AppendUnicodeEscape(builder, escape); break;
            }
        }

        var value = builder.ToString();
        if (position < text.Length && Peek() == '@')
        {
            position++;
            var start = position;
            while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] == '-'))
            {
                position++;
            }

            if (position == start)
            {
                throw Error("etichetta di lingua vuota");
            }

            return RdfTerm.LanguageLiteral(value, text[start..position]);
        }

        if (position + 1 < text.Length && text[position] == '^' && text[position + 1] == '^')
        {
            position += 2;
            return RdfTerm.Literal(value, ReadIri());
        }

        return RdfTerm.Literal(value);
    }

    private void AppendUnicodeEscape(StringBuilder builder, char kind)
    {
        var digits = kind switch
        {
            'u' => 4,
            'U' => 8,
            _ => throw Error("sequenza di escape non valida"),
        };
        if (position + digits > text.Length
            || !int.TryParse(text.AsSpan(position, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
            || code > 0x10FFFF
            || (code >= 0xD800 && code <= 0xDFFF))
        {
            throw Error("escape Unicode non valido");
        }

        position += digits;
        builder.Append(char.ConvertFromUtf32(code));
    }

    private void SkipSpaceAndComments(bool acrossLines)
    {
        while (position < text.Length)
        {
            var c = text[position];
            if (c is ' ' or '\t')
            {
                position++;
            }
            else if (c == '#')
            {
                while (position < text.Length && text[position] != '\n' && text[position] != '\r')
                {
                    position++;
                }
            }
            else if (acrossLines && c is '\n' or '\r')
            {
                if (c == '\n')
                {
                    line++;
                }

                position++;
            }
            else
            {
                return;
            }
        }
    }

    private char Peek() => position < text.Length ? text[position] : throw Error("fine inattesa");

    private char Next()
    {
        var c = Peek();
        position++;
        return c;
    }

    private void Expect(char expected)
    {
        if (Next() != expected)
        {
            throw Error($"atteso '{expected}'");
        }
    }

    private FormatException Error(string message) =>
        new(string.Create(CultureInfo.InvariantCulture, $"N-Quads non valido alla riga {line}: {message}."));
}
