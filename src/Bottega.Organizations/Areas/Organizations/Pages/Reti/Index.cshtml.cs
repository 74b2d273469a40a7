using Bottega.Organizations.Features.Networks;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Organizations.Areas.Organizations.Pages.Reti;

public sealed class IndexModel(NetworkAdministration networks) : PageModel
{
    public IReadOnlyList<NetworkListItem> Networks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Networks = await networks.ListAsync(cancellationToken);
}
