using Bottega.Library.Domain;

namespace Bottega.Library.Features.Search;

/// <summary>What a person searches for: words (none: browse, newest first) and filters, all optional; pages start at 1.</summary>
public sealed record LibrarySearchQuery(
    string? Text,
    DocumentKind? Kind = null,
    string? CollectionSlug = null,
    string? Tag = null,
    Guid? OrganizationId = null,
    Guid? RegionId = null,
    int? Year = null,
    int Page = 1);
