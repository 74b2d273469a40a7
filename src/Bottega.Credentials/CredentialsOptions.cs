namespace Bottega.Credentials;

/// <summary>Section "Credentials".</summary>
public sealed class CredentialsOptions
{
    public const string Section = "Credentials";

    /// <summary>When the award rules are evaluated (Quartz cron, seconds first, Italian time); hourly by default.</summary>
    public string AwardEvaluationCron { get; set; } = "0 0 * * * ?";
}
