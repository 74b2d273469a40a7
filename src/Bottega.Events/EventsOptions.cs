using System.ComponentModel.DataAnnotations;

namespace Bottega.Events;

/// <summary>Settings of live events (section <c>Events</c>).</summary>
public sealed class EventsOptions
{
    public const string Section = "Events";

    /// <summary>The site's address as people reach it, for links in e-mails, calendar feeds and provider callbacks.</summary>
    [Required]
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>Cron of the reminder job (Quartz syntax, Europe/Rome); it sends the day-before and hour-before reminders that are due.</summary>
    public string ReminderCron { get; set; } = "0 */5 * * * ?";

    /// <summary>Largest attendance CSV, in megabytes.</summary>
    [Range(1, 50)]
    public int MaxAttendanceCsvMegabytes { get; set; } = 5;

    public BigBlueButtonOptions BigBlueButton { get; set; } = new();
}

/// <summary>The install's BigBlueButton server; sessions can use it only when <see cref="Url"/> and <see cref="Secret"/> are set.</summary>
public sealed class BigBlueButtonOptions
{
    /// <summary>The API endpoint, for example https://bbb.example.it/bigbluebutton/api/ (the part before the call name).</summary>
    public string? Url { get; set; }

    /// <summary>The shared secret (<c>bbb-conf --secret</c>) that signs every call's checksum.</summary>
    public string? Secret { get; set; }

    /// <summary>The checksum's hash: SHA1, SHA256, SHA384 or SHA512, as the server accepts.</summary>
    public string ChecksumAlgorithm { get; set; } = "SHA256";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Url) && !string.IsNullOrWhiteSpace(Secret);
}
