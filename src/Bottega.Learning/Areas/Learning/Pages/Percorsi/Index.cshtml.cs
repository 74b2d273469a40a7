using Bottega.Learning.Features.Paths;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Learning.Areas.Learning.Pages.Percorsi;

/// <summary>The network's published learning paths, open to everyone.</summary>
public sealed class IndexModel(LearningPaths paths) : PageModel
{
    public IReadOnlyList<PathCard> Paths { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Paths = await paths.ListAsync(includeDrafts: false, cancellationToken);
}
