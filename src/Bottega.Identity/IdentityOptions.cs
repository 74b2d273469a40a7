namespace Bottega.Identity;

/// <summary>Section "Identity".</summary>
public sealed class BottegaIdentityOptions
{
    public const string Section = "Identity";

    public int PasswordMinLength { get; set; } = 10;

    public int MaxFailedAccessAttempts { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    public List<ExternalProviderOptions> ExternalProviders { get; set; } = [];
}
