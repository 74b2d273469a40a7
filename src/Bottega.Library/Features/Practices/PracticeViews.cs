using Bottega.Library.Domain;

namespace Bottega.Library.Features.Practices;

/// <summary>A published case as a card in the browse list.</summary>
public sealed record PracticeCard(Guid Id, string Title, string Summary, string Theme, string? OrganizationName, string? RegionName, DateTime? PublishedAt);

/// <summary>A case of one's own (or of one's organization) or in the review queue, with its status.</summary>
public sealed record PracticeRow(Guid Id, string Title, string Theme, PracticeStatus Status, string? OrganizationName, DateTime UpdatedAt, DateTime? SubmittedAt, string? ReviewNote);

/// <summary>How many published cases a theme or a region has (Key is the theme key or the region id).</summary>
public sealed record PracticeCount(string Key, string Label, int Count);

public sealed record PracticeFilter(Guid? RegionId, string? Theme, string? Text, int Page);

public sealed record PracticeBrowsePage(IReadOnlyList<PracticeCard> Cards, int Page, int PageCount, int Total, IReadOnlyList<PracticeCount> Themes, IReadOnlyList<PracticeCount> Regions);

public sealed record PracticeAttachmentView(Guid Id, string FileName, string ContentType, long SizeBytes);

public sealed record PracticeCompetenceView(Guid Id, string Code, string Name);

/// <summary>A case's page: its parts, who it belongs to, labels, attachments, and what the viewer may do with it.</summary>
public sealed record PracticeDetail(
    GoodPractice Practice,
    string? OrganizationName,
    string? RegionName,
    string? AuthorName,
    IReadOnlyList<string> Tags,
    IReadOnlyList<PracticeCompetenceView> Competences,
    IReadOnlyList<PracticeAttachmentView> Attachments,
    bool CanEdit,
    bool CanReview);

/// <summary>A file to download.</summary>
public sealed record PracticeFile(Stream Content, string FileName, string ContentType);
