using Bottega.Library.Domain;

namespace Bottega.Library.Features.Practices;

/// <summary>What the case form posts: the written parts, theme, tags (comma separated), competences and, for admins, the organization.</summary>
public sealed class PracticeForm
{
    public string? Title { get; set; }

    public string? Summary { get; set; }

    public string? Problem { get; set; }

    public string? Solution { get; set; }

    public string? Results { get; set; }

    public string? Costs { get; set; }

    public string? Contacts { get; set; }

    public string? Theme { get; set; }

    public string? Tags { get; set; }

    public List<Guid> CompetenceIds { get; set; } = [];

    /// <summary>Only network admins choose; members propose for the organization they work for.</summary>
    public Guid? OrganizationId { get; set; }

    internal PracticeContent ToContent() => new(Clean(Title) ?? "", Clean(Summary) ?? "", Clean(Problem) ?? "", Clean(Solution) ?? "", Clean(Results) ?? "",
        Clean(Costs), Clean(Contacts), Clean(Theme) ?? "");

    public static PracticeForm From(GoodPractice practice, IEnumerable<string> tags, IEnumerable<Guid> competences)
    {
        ArgumentNullException.ThrowIfNull(practice);
        return new PracticeForm
        {
            Title = practice.Title,
            Summary = practice.Summary,
            Problem = practice.Problem,
            Solution = practice.Solution,
            Results = practice.Results,
            Costs = practice.Costs,
            Contacts = practice.Contacts,
            Theme = practice.Theme,
            Tags = string.Join(", ", tags),
            CompetenceIds = competences.ToList(),
            OrganizationId = practice.OrganizationId,
        };
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>A file posted with the form, read by the caller into a seekable stream.</summary>
public sealed record IncomingFile(string FileName, Stream Content, long Length);
