namespace Bottega.Platform.Email;

/// <summary>Section "Email". Without an SMTP host, messages are written as .eml files to <see cref="PickupFolder"/>.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public string FromAddress { get; set; } = "noreply@bottega.local";

    public string FromName { get; set; } = "Bottega";

    public string PickupFolder { get; set; } = "data/mail";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public bool SmtpStartTls { get; set; } = true;

    public string? SmtpUser { get; set; }

    public string? SmtpPassword { get; set; }
}
