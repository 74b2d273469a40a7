namespace Bottega.Credentials.Features.Verification;

/// <summary>Collects the checks of one verification.</summary>
internal sealed class VerificationChecks
{
    private readonly List<VerificationCheck> checks = [];

    public IReadOnlyList<VerificationCheck> All => checks;

    public bool Failed => checks.Any(c => !c.Passed);

    public void Pass(string name, string message, params object[] arguments) => checks.Add(new VerificationCheck(name, true, message, arguments));

    public void Fail(string name, string message, params object[] arguments) => checks.Add(new VerificationCheck(name, false, message, arguments));
}
