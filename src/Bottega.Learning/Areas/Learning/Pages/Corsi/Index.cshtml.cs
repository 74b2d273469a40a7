using Bottega.Learning.Features.Catalogue;
using Bottega.Organizations.Contracts;
using Bottega.Platform.Paging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Learning.Areas.Learning.Pages.Corsi;

/// <summary>The network's catalogue: open to everyone, so an employee can see what is offered before joining.</summary>
public sealed class IndexModel(CourseCatalogue catalogue) : PageModel
{
    public CatalogueQuery Query { get; private set; } = new();

    public CataloguePage Result { get; private set; } = new([], 1, CourseCatalogue.PageSize, 0);

    public IReadOnlyList<AreaOption> Areas { get; private set; } = [];

    public IReadOnlyList<NetworkInfo> Owners { get; private set; } = [];

    public PagerModel Pager => PagerModel.From(Request, Result.Page, Math.Max(1, (Result.Total + Result.PageSize - 1) / Result.PageSize), Result.Total);

    public async Task OnGetAsync([FromQuery] CatalogueQuery query, CancellationToken cancellationToken)
    {
        Query = query;
        if (Query.Q is { Length: > 200 })
        {
            ModelState.AddModelError("q", "La ricerca può avere al massimo 200 caratteri.");
            Query.Q = Query.Q[..200];
        }

        Result = await catalogue.SearchAsync(Query, cancellationToken);
        Areas = await catalogue.AreasAsync(cancellationToken);
        Owners = await catalogue.OwnersAsync(cancellationToken);
    }
}
