namespace Bottega.Credentials.Awards;

/// <summary>
/// A level of a rule earned by an organization: one row per rule, organization and level (unique), written before the
/// badge is issued, so a second evaluation (or a second node) never issues it twice. <see cref="IssuedAt"/> is set once
/// issuing has answered; a grant left without it is retried by the next evaluation.
/// </summary>
internal sealed class AwardGrant
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid RuleId { get; private set; }

    public Guid ThresholdId { get; private set; }

    public Guid NetworkId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public string Level { get; private set; } = "";

    public int Population { get; private set; }

    public int Completed { get; private set; }

    public DateTime EarnedAt { get; private set; }

    public DateTime? IssuedAt { get; private set; }

    private AwardGrant()
    {
    }

    public static AwardGrant Earn(AwardRule rule, AwardThreshold threshold, Guid organizationId, int population, int completed, DateTime now) => new()
    {
        RuleId = rule.Id,
        ThresholdId = threshold.Id,
        NetworkId = rule.NetworkId,
        OrganizationId = organizationId,
        Level = threshold.Level,
        Population = population,
        Completed = completed,
        EarnedAt = now,
    };

    public void Issued(DateTime now) => IssuedAt ??= now;
}
