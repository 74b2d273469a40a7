namespace Bottega.Credentials.Features.Verification;

/// <summary>
/// One thing the verifier checked, in words a person understands: <see cref="Message"/> is an Italian sentence (the
/// localization key) with {0}-style placeholders for <see cref="Arguments"/>.
/// </summary>
public sealed record VerificationCheck(string Name, bool Passed, string Message, IReadOnlyList<object> Arguments)
{
    public VerificationCheck(string name, bool passed, string message)
        : this(name, passed, message, [])
    {
    }

    /// <summary>The sentence in Italian with its arguments filled in.</summary>
    public string Text => Arguments.Count == 0 ? Message : string.Format(Italian, Message, [.. Arguments]);

    private static readonly System.Globalization.CultureInfo Italian = System.Globalization.CultureInfo.GetCultureInfo("it-IT");
}

/// <summary>What the badge says, shown next to the verdict.</summary>
public sealed record BadgeSummary(string Name, string Description, string Criteria, string IssuerName, string? IssuerUrl, DateTime? IssuedOn,
    DateTime? ExpiresOn, string? ImageUrl, string? RecipientName);

/// <summary>Valid only when every check passed; the checks say why not.</summary>
public sealed record Verdict(string Format, IReadOnlyList<VerificationCheck> Checks, BadgeSummary? Badge)
{
    public bool Valid => Checks.Count > 0 && Checks.All(c => c.Passed);

    public static Verdict Unreadable(string message) => new("—", [new VerificationCheck("Lettura", false, message)], null);
}
