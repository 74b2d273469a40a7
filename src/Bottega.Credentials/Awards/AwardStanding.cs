namespace Bottega.Credentials.Awards;

/// <summary>
/// An organization's figures at a rule's last evaluation, for the leaderboard (replaced at every evaluation): the
/// public page reads these rows instead of recomputing the rates for every visitor. No personal data.
/// </summary>
internal sealed class AwardStanding
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid RuleId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public string OrganizationName { get; private set; } = "";

    public int Population { get; private set; }

    public int Completed { get; private set; }

    /// <summary>Completed / population, 0–1 (0 for an empty population), to sort by.</summary>
    public double Rate { get; private set; }

    /// <summary>The highest level reached at this evaluation, if any.</summary>
    public string? Level { get; private set; }

    public DateTime EvaluatedAt { get; private set; }

    private AwardStanding()
    {
    }

    public static AwardStanding Of(Guid ruleId, Guid organizationId, string organizationName, int population, int completed, string? level, DateTime now) => new()
    {
        RuleId = ruleId,
        OrganizationId = organizationId,
        OrganizationName = organizationName,
        Population = population,
        Completed = completed,
        Rate = population == 0 ? 0 : (double)completed / population,
        Level = level,
        EvaluatedAt = now,
    };
}
