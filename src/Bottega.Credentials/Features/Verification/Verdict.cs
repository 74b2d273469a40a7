namespace Bottega.Credentials.Features.Verification;

/// <summary>One thing the verifier checked, in words a person understands.</summary>
public sealed record VerificationCheck(string Name, bool Passed, string Message);

/// <summary>What the badge says, shown next to the verdict.</summary>
public sealed record BadgeSummary(string Name, string Description, string Criteria, string IssuerName, string? IssuerUrl, DateTime? IssuedOn,
    DateTime? ExpiresOn, string? ImageUrl, string? RecipientName);

/// <summary>Valid only when every check passed; the checks say why not.</summary>
public sealed record Verdict(string Format, IReadOnlyList<VerificationCheck> Checks, BadgeSummary? Badge)
{
    public bool Valid => Checks.Count > 0 && Checks.All(c => c.Passed);

    public static Verdict Unreadable(string message) => new("—", [new VerificationCheck("Lettura", false, message)], null);
}
