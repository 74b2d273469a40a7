using Bottega.Library.Features.Practices;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Library.Areas.Library.Pages.BuonePratiche;

/// <summary>The cases the member wrote (and, for a training referent, their organization's), with their review status.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class MieModel(PracticeReading practices) : PageModel
{
    public IReadOnlyList<PracticeRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rows = await practices.MineAsync(cancellationToken);
}
