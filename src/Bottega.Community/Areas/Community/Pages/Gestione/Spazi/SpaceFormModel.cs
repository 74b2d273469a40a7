using Bottega.Community.Features.Spaces;
using Bottega.Learning.Contracts;

namespace Bottega.Community.Areas.Community.Pages.Gestione.Spazi;

/// <summary>What the space fields partial shows: the values and the network's courses for a course space.</summary>
public sealed record SpaceFormModel(SpaceInput Input, IReadOnlyList<CatalogCourse> Courses);
