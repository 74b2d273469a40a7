using Bottega.Community.Features.Messages;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bottega.Community.Areas.Community.Pages.Messaggi;

/// <summary>"Scrivi un messaggio" to a member of the network (<c>?a=</c> their id): starts a conversation.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class NuovoModel(PrivateMessages messages, ITenantContext tenant, IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty]
    public MessageForm Input { get; set; } = new();

    [FromQuery(Name = "a")]
    public Guid? RecipientId { get; set; }

    public string Slug => tenant.Network!.Slug;

    public string? RecipientName { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Input = new MessageForm { ClientKey = Guid.NewGuid() };
        return await RecipientAsync(cancellationToken) ?? Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await RecipientAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var outcome = await messages.StartAsync(RecipientId!.Value, Input.Subject, Input.Text, Input.ClientKey, cancellationToken);
        if (outcome.Succeeded)
        {
            return LocalRedirect($"/reti/{Slug}/messaggi/{outcome.ConversationId}");
        }

        var (field, text) = MessageErrorText.Of(outcome, localizer);
        ModelState.AddModelError(field, text);
        return Page();
    }

    /// <summary>Not found for someone who is not a member of the network; the page with the reason for oneself.</summary>
    private async Task<IActionResult?> RecipientAsync(CancellationToken cancellationToken)
    {
        if (RecipientId is not { } id)
        {
            return NotFound();
        }

        var (name, error) = await messages.RecipientAsync(id, cancellationToken);
        switch (error)
        {
            case MessageError.None:
                RecipientName = name;
                return null;
            case MessageError.ToYourself:
                ModelState.AddModelError("", MessageErrorText.Of(new MessageOutcome(error), localizer).Text);
                return Page();
            default:
                return NotFound();
        }
    }
}
