using Bottega.Learning.Domain;
using Bottega.Learning.Features.Catalogue;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Bottega.Learning.Api;

public sealed record ApiObject(Guid Id, string Title, LearningObjectKind Kind, bool Required, int Minutes);

public sealed record ApiModule(Guid Id, string Title, IReadOnlyList<ApiObject> Objects);

public sealed record ApiCompetence(string Code, string Name, string Framework, string Level);

public sealed record ApiCourse(Guid Id, string Title, string Summary, string Description, decimal Hours, int Level, CourseFormat Format, string Language,
    bool RequiresApproval, Guid OwnerNetworkId, string? OwnerName, IReadOnlyList<string> Teachers, IReadOnlyList<ApiModule> Modules,
    IReadOnlyList<ApiCompetence> Competences);

/// <summary>The network's catalogue: published courses offered in it (its own and federated), public.</summary>
internal static class CoursesApi
{
    public static RouteGroupBuilder MapCoursesApi(this RouteGroupBuilder group)
    {
        group.MapGet("/", SearchAsync).WithName("api-courses").WithSummary("Search the network's catalogue");
        group.MapGet("/{id:guid}", GetAsync).WithName("api-course").WithSummary("A course of the catalogue with modules, objects and competences");
        return group;
    }

    private static async Task<Results<Ok<CataloguePage>, ValidationProblem>> SearchAsync(CourseCatalogue catalogue, string? q, Guid? area, int? level,
        CourseFormat? format, int? page, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (q?.Length > 200)
        {
            errors["q"] = ["The search text is at most 200 characters."];
        }

        if (level is < 1 or > 3)
        {
            errors["level"] = ["The level is 1, 2 or 3."];
        }

        if (format is { } f && !Enum.IsDefined(f))
        {
            errors["format"] = ["Unknown format."];
        }

        if (page is < 1)
        {
            errors["page"] = ["Pages start at 1."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var result = await catalogue.SearchAsync(new CatalogueQuery { Q = q, Area = area, Level = level, Format = format, Page = page ?? 1 }, cancellationToken);
        return TypedResults.Ok(result);
    }

    private static async Task<Results<Ok<ApiCourse>, NotFound>> GetAsync(Guid id, CourseDetails details, CancellationToken cancellationToken)
    {
        var view = await details.GetAsync(id, null, includeDrafts: false, cancellationToken);
        if (view is null)
        {
            return TypedResults.NotFound();
        }

        var c = view.Course;
        return TypedResults.Ok(new ApiCourse(c.Id, c.Title, c.Summary, c.Description, c.Hours, c.Level, c.Format, c.Language, c.RequiresApproval, c.NetworkId,
            view.OwnerName, view.Teachers.Select(t => t.Name).ToList(),
            view.Modules.Select(m => new ApiModule(m.Id, m.Title, m.Objects.Select(o => new ApiObject(o.Id, o.Title, o.Kind, o.Required, o.Minutes)).ToList())).ToList(),
            view.Competences.Select(k => new ApiCompetence(k.Code, k.Name, k.Framework, k.Level)).ToList()));
    }
}
