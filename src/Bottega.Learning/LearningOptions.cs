using System.ComponentModel.DataAnnotations;

namespace Bottega.Learning;

/// <summary>Settings of the learning module (section "Learning").</summary>
public sealed class LearningOptions
{
    public const string Section = "Learning";

    /// <summary>Largest video a teacher may upload, in megabytes.</summary>
    [Range(1, 10_000)]
    public int MaxVideoMegabytes { get; set; } = 500;

    /// <summary>Largest document (PDF, Office, OpenDocument) a teacher may upload, in megabytes.</summary>
    [Range(1, 1_000)]
    public int MaxDocumentMegabytes { get; set; } = 50;

    /// <summary>Largest cover image, in megabytes.</summary>
    [Range(1, 50)]
    public int MaxCoverMegabytes { get; set; } = 2;
}
