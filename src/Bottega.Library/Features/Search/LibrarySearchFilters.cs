using Bottega.Library.Domain;

namespace Bottega.Library.Features.Search;

/// <summary>The choices of the search form: what the library holds, so no filter leads to an empty list by construction.</summary>
public sealed record LibrarySearchFilters(
    IReadOnlyList<DocumentKind> Kinds,
    IReadOnlyList<LibraryFilterOption> Collections,
    IReadOnlyList<string> Tags,
    IReadOnlyList<LibraryFilterOption> Organizations,
    IReadOnlyList<LibraryFilterOption> Regions,
    IReadOnlyList<int> Years);

/// <summary>A choice with its value in the URL (a slug or an id) and its name.</summary>
public sealed record LibraryFilterOption(string Value, string Name);
