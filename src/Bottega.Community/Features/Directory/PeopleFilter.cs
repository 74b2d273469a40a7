namespace Bottega.Community.Features.Directory;

/// <summary>
/// The directory's filters, bound from the query string; all optional. <see cref="Topic"/> is free text matched against
/// the tags (name or slug) and the titles of the questions the person answered, in spaces the viewer may read.
/// </summary>
public sealed class PeopleFilter
{
    public const int MaxTextLength = 100;

    public string? Q { get; set; }

    public Guid? Region { get; set; }

    public Guid? Province { get; set; }

    public Guid? Organization { get; set; }

    public string? JobRole { get; set; }

    public string? Competence { get; set; }

    public string? Topic { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Q) && Region is null && Province is null && Organization is null
        && string.IsNullOrWhiteSpace(JobRole) && string.IsNullOrWhiteSpace(Competence) && string.IsNullOrWhiteSpace(Topic);
}
