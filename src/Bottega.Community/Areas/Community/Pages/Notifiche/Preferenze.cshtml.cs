using Bottega.Community.Domain;
using Bottega.Community.Features.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Community.Areas.Community.Pages.Notifiche;

[Authorize]
public sealed class PreferenzeModel(Notifications notifications) : PageModel
{
    [BindProperty]
    public EmailFrequency Frequency { get; set; }

    [FromQuery(Name = "salvato")]
    public bool Saved { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Frequency = await notifications.FrequencyAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || !Enum.IsDefined(Frequency))
        {
            Frequency = await notifications.FrequencyAsync(cancellationToken);
            return Page();
        }

        await notifications.SetFrequencyAsync(Frequency, cancellationToken);
        return LocalRedirect("/notifiche/preferenze?salvato=true");
    }
}
