using Bottega.Credentials.Domain;
using Bottega.Credentials.Features.Administration;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Credentials.Areas.Credentials.Pages.Gestione.Badge;

/// <summary>The network's achievements with how many were issued and revoked, by kind, archived or not.</summary>
[Authorize(Policy = NetworkPolicies.Admin)]
public sealed class IndexModel(AchievementAdministration administration) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "tipo")]
    public AchievementKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "archiviati")]
    public bool Archived { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public AchievementPage Achievements { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Achievements = await administration.ListAsync(new AchievementFilter(Kind, Archived, PageNumber), cancellationToken);
}
