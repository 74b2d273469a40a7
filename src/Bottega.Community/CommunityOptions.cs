using System.ComponentModel.DataAnnotations;

namespace Bottega.Community;

/// <summary>Settings of the community (section <c>Community</c>).</summary>
public sealed class CommunityOptions
{
    public const string Section = "Community";

    /// <summary>Hold a new member's first post for a moderator's approval.</summary>
    public bool ReviewFirstPosts { get; set; } = true;

    /// <summary>Anti-spam: at most this many posts and private messages per person in <see cref="RateWindowMinutes"/>.</summary>
    [Range(1, 1000)]
    public int MaxPostsPerWindow { get; set; } = 10;

    [Range(1, 1440)]
    public int RateWindowMinutes { get; set; } = 5;

    /// <summary>Largest attachment, in megabytes.</summary>
    [Range(1, 100)]
    public int MaxAttachmentMegabytes { get; set; } = 10;

    /// <summary>Cron of the digest job (Quartz syntax, Europe/Rome is applied by the job).</summary>
    public string DigestCron { get; set; } = "0 0 7 * * ?";

    /// <summary>The site's address as people reach it, for links in e-mails (sent by jobs, without a request).</summary>
    [Required]
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>A post with more links than this, by someone not yet trusted, is held for review even when first posts are not.</summary>
    [Range(0, 100)]
    public int MaxLinksWithoutReview { get; set; } = 3;
}
