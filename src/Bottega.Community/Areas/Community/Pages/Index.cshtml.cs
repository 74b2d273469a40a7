using Bottega.Community.Features.Home;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Community.Areas.Community.Pages;

/// <summary>The community home: spaces by kind, unanswered questions, recent activity, the first-visit guide and the call to ask.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class IndexModel(CommunityHome home) : PageModel
{
    public HomeView View { get; private set; } = null!;

    public string Network => (string)RouteData.Values["network"]!;

    public IReadOnlyDictionary<Guid, (string Slug, string Name)> SpaceNames => View.Spaces.ToDictionary(s => s.Id, s => (s.Slug, s.Name));

    public async Task OnGetAsync(CancellationToken cancellationToken) => View = await home.LoadAsync(cancellationToken);

    /// <summary>"Ask a question" with a space picked in the form (works without JavaScript): on to that space's new-topic page.</summary>
    public async Task<IActionResult> OnGetAskAsync(string? spazio, CancellationToken cancellationToken)
    {
        View = await home.LoadAsync(cancellationToken);
        var space = View.Postable.FirstOrDefault(s => s.Slug == spazio);
        return space is null ? Redirect($"/reti/{Network}/comunita#chiedi") : Redirect($"/reti/{Network}/comunita/{space.Slug}/nuovo?tipo=domanda");
    }

    public async Task<IActionResult> OnPostGuideAsync(CancellationToken cancellationToken)
    {
        await home.DismissGuideAsync(cancellationToken);
        return Redirect($"/reti/{Network}/comunita");
    }
}
