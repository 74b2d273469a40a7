using Bottega.Events.Features.Management;
using Bottega.Learning.Contracts;

namespace Bottega.Events.Areas.Events.Pages.Gestione;

/// <summary>What the event fields partial shows: the values and the network's courses to link.</summary>
public sealed record EventFieldsModel(EventForm Input, IReadOnlyList<CatalogCourse> Courses);
