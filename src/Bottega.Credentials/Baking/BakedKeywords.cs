namespace Bottega.Credentials.Baking;

/// <summary>The iTXt keywords and SVG elements under which Open Badges are baked into images.</summary>
internal static class BakedKeywords
{
    /// <summary>Open Badges 2.0: an assertion's hosted URL, its JSON or its signed JWS.</summary>
    public const string OpenBadges = "openbadges";

    /// <summary>Open Badges 3.0: an OpenBadgeCredential's JSON or the compact JWS of its VC-JWT.</summary>
    public const string OpenBadgeCredential = "openbadgecredential";

    /// <summary>The namespace of the Open Badges 2.0 SVG element <c>openbadges:assertion</c>.</summary>
    public const string AssertionNamespace = "http://openbadges.org";

    /// <summary>The namespace of the Open Badges 3.0 SVG element <c>openbadges:credential</c> (spec §5.3.2.2).</summary>
    public const string CredentialNamespace = "https://purl.imsglobal.org/ob/v3p0";
}
