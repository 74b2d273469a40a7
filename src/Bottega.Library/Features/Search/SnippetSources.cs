using Bottega.Library.Data;
using Bottega.Platform.Search;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Library.Features.Search;

/// <summary>
/// A short piece of each hit's current extracted text (up to a megabyte each), cut in the database around the first
/// place the query's first word occurs, so a page of results never reads whole texts.
/// </summary>
internal static class SnippetSources
{
    /// <summary>Characters read per document: enough for a snippet around the word.</summary>
    public const int Length = 1_000;

    /// <summary>How far before the word the piece starts.</summary>
    private const int Lead = 300;

    public static async Task<Dictionary<Guid, string>> LoadAsync(LibraryDbContext db, List<Guid> documentIds, string text, CancellationToken ct)
    {
        // The stem of a word is, nearly always, the beginning of its inflections in lower case ("clausol" in "clausola").
        var stem = ItalianTerms.Terms(text).FirstOrDefault(t => t.Length > 0) ?? "";
        var current = from v in db.Versions.AsNoTracking()
                      join d in db.Documents on new { v.DocumentId, v.Number } equals new { DocumentId = d.Id, Number = d.CurrentVersion }
                      where documentIds.Contains(d.Id) && v.ExtractedText != null
                      select new { v.DocumentId, Text = v.ExtractedText! };
#pragma warning disable CA1304, CA1307, CA1309, CA1310, CA1311, CA1862 // Translated to SQL lower() and strpos()/instr(); the CLR culture plays no part.
        var pieces = await current.Select(v => new
        {
            v.DocumentId,
            Piece = v.Text.ToLower().IndexOf(stem) < Lead
                ? v.Text.Substring(0, Length)
                : v.Text.Substring(v.Text.ToLower().IndexOf(stem) - Lead, Length),
        }).ToListAsync(ct);
#pragma warning restore CA1304, CA1307, CA1309, CA1310, CA1311, CA1862
        return pieces.ToDictionary(p => p.DocumentId, p => p.Piece);
    }
}
