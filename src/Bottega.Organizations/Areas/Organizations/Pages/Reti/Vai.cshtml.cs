using Bottega.Organizations.Domain;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Organizations.Areas.Organizations.Pages.Reti;

/// <summary>Target of the header's network switcher (a GET form, so it works without JavaScript).</summary>
public sealed class VaiModel : PageModel
{
    public IActionResult OnGet(string? rete) =>
        Network.IsValidSlug(rete) ? LocalRedirect($"/reti/{rete}") : LocalRedirect("/reti");
}
