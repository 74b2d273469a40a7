using System.ComponentModel.DataAnnotations;

namespace Bottega.Credentials;

/// <summary>Section "Credentials".</summary>
public sealed class CredentialsOptions
{
    public const string Section = "Credentials";

    /// <summary>Absolute address of the platform as the world reaches it: every badge URL and the did:web identifiers are built on it.</summary>
    [Required]
    [Url]
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>"web" (did:web on <see cref="PublicBaseUrl"/>, for production) or "key" (did:key, for development); empty: web when the address is https.</summary>
    [RegularExpression("^(|web|key)$")]
    public string? DidMethod { get; set; }

    /// <summary>Largest file the public verification page accepts, in kilobytes.</summary>
    [Range(16, 20_480)]
    public int MaxVerificationUploadKilobytes { get; set; } = 5_120;

    /// <summary>When the award rules are evaluated (Quartz cron, seconds first, Italian time); hourly by default.</summary>
    public string AwardEvaluationCron { get; set; } = "0 0 * * * ?";
}
