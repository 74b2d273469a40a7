namespace Bottega.Identity;

/// <summary>
/// One external OpenID Connect provider (a SPID or CIE OIDC aggregator, a regional IdP, a test provider).
/// Bound from "Identity:ExternalProviders:{n}".
/// </summary>
public sealed class ExternalProviderOptions
{
    /// <summary>Authentication scheme and callback segment: letters and digits, e.g. "spid".</summary>
    public string Scheme { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string Authority { get; set; } = "";

    public string ClientId { get; set; } = "";

    public string? ClientSecret { get; set; }

    public string[] Scopes { get; set; } = ["openid", "profile", "email"];

    /// <summary>Requested authentication level, e.g. https://www.spid.gov.it/SpidL2.</summary>
    public string? AcrValues { get; set; }

    public bool UsePkce { get; set; } = true;

    /// <summary>Only for providers started by tests on 127.0.0.1.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Claim carrying the given name and family name (SPID uses given_name and family_name).</summary>
    public string GivenNameClaim { get; set; } = "given_name";

    public string FamilyNameClaim { get; set; } = "family_name";
}
