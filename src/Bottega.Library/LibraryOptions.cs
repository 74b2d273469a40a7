using System.ComponentModel.DataAnnotations;

namespace Bottega.Library;

/// <summary>Settings of the knowledge library (section <c>Library</c>).</summary>
public sealed class LibraryOptions
{
    public const string Section = "Library";

    /// <summary>The site's address as people reach it, for links in e-mails.</summary>
    [Required]
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>Largest uploaded file, in megabytes.</summary>
    [Range(1, 500)]
    public int MaxUploadMegabytes { get; set; } = 30;

    /// <summary>Largest total uncompressed size of an Office or OpenDocument file (a zip), in megabytes: above it the upload is a zip bomb.</summary>
    [Range(1, 5000)]
    public int MaxUncompressedMegabytes { get; set; } = 300;

    /// <summary>Largest compression ratio of any entry of an Office or OpenDocument zip.</summary>
    [Range(10, 10000)]
    public int MaxCompressionRatio { get; set; } = 200;

    /// <summary>Most entries in an Office or OpenDocument zip.</summary>
    [Range(10, 100000)]
    public int MaxZipEntries { get; set; } = 5000;
}
