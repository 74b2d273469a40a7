using Bottega.Learning.Domain;

namespace Bottega.Learning.Features.Catalogue;

public enum CatalogueSort
{
    Relevance = 0,
    Title = 1,
    Newest = 2,
    HoursAscending = 3,
    HoursDescending = 4,
}

/// <summary>The catalogue's search box and filters, bound from the query string.</summary>
public sealed class CatalogueQuery
{
    public string? Q { get; set; }

    public Guid? Area { get; set; }

    public int? Level { get; set; }

    public CourseFormat? Format { get; set; }

    public decimal? MinHours { get; set; }

    public decimal? MaxHours { get; set; }

    /// <summary>The owning network (this network's own courses or a federated network's).</summary>
    public Guid? Network { get; set; }

    public string? Language { get; set; }

    public CatalogueSort Sort { get; set; }

    public int Page { get; set; } = 1;
}

public sealed record CourseCard(Guid Id, string Title, string Summary, decimal Hours, int Level, CourseFormat Format, string Language, Guid NetworkId,
    string? NetworkName, string? Snippet);

public sealed record CataloguePage(IReadOnlyList<CourseCard> Courses, int Page, int PageSize, int Total);
