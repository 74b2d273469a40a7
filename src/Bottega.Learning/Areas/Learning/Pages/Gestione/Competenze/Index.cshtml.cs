using Bottega.Learning.Features.Frameworks;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Learning.Areas.Learning.Pages.Gestione.Competenze;

/// <summary>The frameworks the network sees (national, read-only, and its own) and a form for a new one of its own.</summary>
[Authorize(Policy = NetworkPolicies.Admin)]
public sealed class IndexModel(NetworkFrameworks frameworks) : PageModel
{
    public IReadOnlyList<FrameworkRow> Frameworks { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Frameworks = await frameworks.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(string? code, string? name, string? description, CancellationToken cancellationToken)
    {
        var (result, id) = await frameworks.CreateAsync(code ?? "", name ?? "", description, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, result.Error!);
            Frameworks = await frameworks.ListAsync(cancellationToken);
            return Page();
        }

        TempData["Message"] = "Quadro creato.";
        return Redirect($"/reti/{RouteData.Values["network"]}/gestione/competenze/{id}");
    }
}
