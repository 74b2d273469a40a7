using Bottega.Platform.Tenancy;

namespace Bottega.Credentials.Domain;

public enum AchievementKind
{
    Course,
    Path,
    Competence,
    Award,

    /// <summary>A badge of a network's community (first answer, helpful colleague), issued by the community module.</summary>
    Community,
}

/// <summary>A badge class: what is certified, its criteria and image, the competences it aligns to, how long it lasts.</summary>
public sealed class Achievement : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public AchievementKind Kind { get; private set; }

    /// <summary>The course, path or competence it is earned by; for awards, null.</summary>
    public Guid? SourceId { get; private set; }

    /// <summary>For a competence achievement, the level rank (1 base, 2 intermedio, 3 avanzato).</summary>
    public int? Level { get; private set; }

    /// <summary>Stable key of an award level ("rule:{id}:gold"), so evaluating a rule again finds its achievement.</summary>
    public string? AwardKey { get; private set; }

    public string Name { get; private set; } = "";

    public string Description { get; private set; } = "";

    /// <summary>What earning it takes, in plain text (Markdown allowed).</summary>
    public string Criteria { get; private set; } = "";

    public string? ImageKey { get; private set; }

    public string? ImageContentType { get; private set; }

    /// <summary>Colour of the generated image when none is uploaded, as #rrggbb.</summary>
    public string Colour { get; private set; } = "#0066cc";

    /// <summary>Months a credential stays valid; null when it does not expire.</summary>
    public int? ValidityMonths { get; private set; }

    public bool IssueOnCompletion { get; private set; } = true;

    public bool Archived { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public List<AchievementAlignment> Alignments { get; private set; } = [];

    private Achievement()
    {
    }

    public static Achievement Create(Guid networkId, AchievementKind kind, Guid? sourceId, int? level, string name, string description, string criteria,
        DateTime now) => new()
        {
            NetworkId = networkId,
            Kind = kind,
            SourceId = sourceId,
            Level = level,
            Name = name,
            Description = description,
            Criteria = criteria,
            CreatedAt = now,
        };

    public static Achievement CreateAward(Guid networkId, string awardKey, string name, string description, string criteria, DateTime now)
    {
        var achievement = Create(networkId, AchievementKind.Award, null, null, name, description, criteria, now);
        achievement.AwardKey = awardKey;
        achievement.IssueOnCompletion = false;
        return achievement;
    }

    /// <summary>A community badge: found again by its key ("community:prima-risposta"), issued by the community module, never on completion.</summary>
    public static Achievement CreateCommunity(Guid networkId, string key, string name, string description, string criteria, DateTime now)
    {
        var achievement = Create(networkId, AchievementKind.Community, null, null, name, description, criteria, now);
        achievement.AwardKey = key;
        achievement.IssueOnCompletion = false;
        return achievement;
    }

    public void Update(string name, string description, string criteria, string colour, int? validityMonths, bool issueOnCompletion)
    {
        Name = name;
        Description = description;
        Criteria = criteria;
        Colour = colour;
        ValidityMonths = validityMonths;
        IssueOnCompletion = issueOnCompletion && Kind is not (AchievementKind.Award or AchievementKind.Community);
    }

    public void SetImage(string key, string contentType)
    {
        ImageKey = key;
        ImageContentType = contentType;
    }

    public void Archive() => Archived = true;

    public void Restore() => Archived = false;

    public DateTime? ExpiryFor(DateTime issuedAt) => ValidityMonths is { } months ? issuedAt.AddMonths(months) : null;
}

/// <summary>A competence of a framework the achievement aligns to, copied so the badge class stays stable.</summary>
public sealed class AchievementAlignment
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid AchievementId { get; private set; }

    public Guid CompetenceId { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Framework { get; private set; } = "";

    public string? Description { get; private set; }

    private AchievementAlignment()
    {
    }

    public static AchievementAlignment Create(Guid competenceId, string code, string name, string framework, string? description) => new()
    {
        CompetenceId = competenceId,
        Code = code,
        Name = name,
        Framework = framework,
        Description = description,
    };
}
