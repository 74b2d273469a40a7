using System.Text.RegularExpressions;
using Bottega.Organizations.Contracts;

namespace Bottega.Organizations.Domain;

/// <summary>The tenant: an association, academy, federation or programme with its members and catalogue.</summary>
public sealed partial class Network
{
    public const int DefaultYearlyHoursTarget = 40;

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public string Slug { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string? Description { get; private set; }

    public NetworkKind Kind { get; private set; }

    public JoinPolicy JoinPolicy { get; private set; }

    public int YearlyHoursTarget { get; private set; } = DefaultYearlyHoursTarget;

    public DateTime CreatedAt { get; private set; }

    private Network()
    {
    }

    public static Network Create(string slug, string name, string? description, NetworkKind kind, JoinPolicy joinPolicy, int yearlyHoursTarget, DateTime now)
    {
        if (!IsValidSlug(slug))
        {
            throw new ArgumentException("Slug must be 3-60 lower-case letters, digits or dashes.", nameof(slug));
        }

        var network = new Network { Slug = slug, CreatedAt = now };
        network.Describe(name, description, kind, joinPolicy, yearlyHoursTarget);
        return network;
    }

    public void Describe(string name, string? description, NetworkKind kind, JoinPolicy joinPolicy, int yearlyHoursTarget)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfNegative(yearlyHoursTarget);
        Name = name.Trim();
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        Kind = kind;
        JoinPolicy = joinPolicy;
        YearlyHoursTarget = yearlyHoursTarget;
    }

    public static bool IsValidSlug(string? slug) => slug is not null && SlugPattern().IsMatch(slug);

    public NetworkInfo ToInfo() => new(Id, Slug, Name, Description, JoinPolicy, YearlyHoursTarget);

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9-]{1,58})[a-z0-9]$")]
    private static partial Regex SlugPattern();
}
