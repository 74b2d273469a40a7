using Bottega.Platform.Tenancy;

namespace Bottega.Library.Domain;

public enum PracticeStatus
{
    /// <summary>Being written by its organization.</summary>
    Draft = 0,

    /// <summary>Waiting for a network admin's review.</summary>
    Submitted = 1,

    Published = 2,

    /// <summary>Sent back by the reviewer with a note; it can be changed and submitted again.</summary>
    Returned = 3,
}

/// <summary>
/// A good-practice case: what problem an organization had, what it did, the results with figures and what it cost,
/// published after a network admin's review. Prize winners become published cases (<see cref="PrizeEntryId"/>).
/// </summary>
public sealed class GoodPractice : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>One or two sentences shown in lists.</summary>
    public string Summary { get; private set; } = "";

    public string Problem { get; private set; } = "";

    public string Solution { get; private set; } = "";

    /// <summary>Results, with figures (Markdown).</summary>
    public string Results { get; private set; } = "";

    public string? Costs { get; private set; }

    /// <summary>Who to ask (office, e-mail, phone), as the organization chose to publish it.</summary>
    public string? Contacts { get; private set; }

    public Guid? OrganizationId { get; private set; }

    /// <summary>The organization's region, copied so browsing by region needs no join across modules.</summary>
    public Guid? RegionId { get; private set; }

    /// <summary>Key of the theme (see the module's list of themes).</summary>
    public string Theme { get; private set; } = "";

    public PracticeStatus Status { get; private set; }

    public string? ReviewNote { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    public Guid? ReviewedBy { get; private set; }

    public DateTime? ReviewedAt { get; private set; }

    public DateTime? PublishedAt { get; private set; }

    /// <summary>The prize-call entry this case comes from, when a winner was published.</summary>
    public Guid? PrizeEntryId { get; private set; }

    private GoodPractice()
    {
    }

    public static GoodPractice Create(Guid networkId, PracticeContent content, Guid? organizationId, Guid? regionId, Guid createdBy, DateTime now, Guid? prizeEntryId = null)
    {
        var practice = new GoodPractice
        {
            NetworkId = networkId,
            OrganizationId = organizationId,
            RegionId = regionId,
            CreatedBy = createdBy,
            CreatedAt = now,
            Status = PracticeStatus.Draft,
            PrizeEntryId = prizeEntryId,
        };
        practice.Edit(content, now);
        return practice;
    }

    public void Edit(PracticeContent content, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(content);
        Title = content.Title;
        Summary = content.Summary;
        Problem = content.Problem;
        Solution = content.Solution;
        Results = content.Results;
        Costs = content.Costs;
        Contacts = content.Contacts;
        Theme = content.Theme;
        UpdatedAt = now;
    }

    /// <summary>The case now belongs to another organization (an admin's choice); its region follows.</summary>
    public void MoveTo(Guid? organizationId, Guid? regionId, DateTime now)
    {
        OrganizationId = organizationId;
        RegionId = regionId;
        UpdatedAt = now;
    }

    public void Submit(DateTime now)
    {
        Status = PracticeStatus.Submitted;
        SubmittedAt = now;
        UpdatedAt = now;
    }

    public void Publish(Guid reviewerId, string? note, DateTime now)
    {
        Status = PracticeStatus.Published;
        ReviewedBy = reviewerId;
        ReviewNote = note;
        ReviewedAt = now;
        PublishedAt ??= now;
        UpdatedAt = now;
    }

    public void Return(Guid reviewerId, string note, DateTime now)
    {
        Status = PracticeStatus.Returned;
        ReviewedBy = reviewerId;
        ReviewNote = note;
        ReviewedAt = now;
        UpdatedAt = now;
    }
}

/// <summary>The written parts of a case (validated at the edge).</summary>
public sealed record PracticeContent(string Title, string Summary, string Problem, string Solution, string Results, string? Costs, string? Contacts, string Theme);

/// <summary>A file attached to a case (in the file store).</summary>
public sealed class GoodPracticeAttachment : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid PracticeId { get; private set; }

    public string FileKey { get; private set; } = "";

    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long SizeBytes { get; private set; }

    public DateTime AddedAt { get; private set; }

    private GoodPracticeAttachment()
    {
    }

    public static GoodPracticeAttachment Create(Guid networkId, Guid practiceId, StoredFile file, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new() { NetworkId = networkId, PracticeId = practiceId, FileKey = file.Key, FileName = file.FileName, ContentType = file.ContentType, SizeBytes = file.SizeBytes, AddedAt = now };
    }
}

/// <summary>A tag (folded) or a competence id of a case; exactly one of the two is set.</summary>
public sealed class GoodPracticeLabel : INetworkScoped
{
    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public Guid PracticeId { get; private set; }

    public string? Tag { get; private set; }

    public Guid? CompetenceId { get; private set; }

    private GoodPracticeLabel()
    {
    }

    public static GoodPracticeLabel ForTag(Guid networkId, Guid practiceId, string tag) => new() { NetworkId = networkId, PracticeId = practiceId, Tag = tag };

    public static GoodPracticeLabel ForCompetence(Guid networkId, Guid practiceId, Guid competenceId) =>
        new() { NetworkId = networkId, PracticeId = practiceId, CompetenceId = competenceId };
}
