using System.Text;
using Bottega.Library.Domain;

namespace Bottega.Library.Features.Extraction;

/// <summary>Gathers extracted text up to <see cref="DocumentVersion.MaxExtractedChars"/>; past it, readers stop.</summary>
internal sealed class TextCollector
{
    private readonly StringBuilder text = new();

    public bool IsFull => text.Length >= DocumentVersion.MaxExtractedChars;

    public void Append(string? part)
    {
        if (string.IsNullOrEmpty(part) || IsFull)
        {
            return;
        }

        var room = DocumentVersion.MaxExtractedChars - text.Length;
        text.Append(part.Length > room ? part[..room] : part);
    }

    public void EndLine()
    {
        if (text.Length > 0 && text[^1] != '\n')
        {
            Append("\n");
        }
    }

    public override string ToString() => text.ToString().Trim();
}
