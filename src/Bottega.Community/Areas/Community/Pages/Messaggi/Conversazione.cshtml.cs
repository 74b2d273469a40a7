using Bottega.Community.Features.Messages;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Bottega.Community.Areas.Community.Pages.Messaggi;

/// <summary>A conversation and the reply form; only its participants see it (anyone else: not found). Opening it marks it read.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class ConversazioneModel(PrivateMessages messages, ITenantContext tenant, IStringLocalizer<Strings> localizer) : PageModel
{
    [BindProperty]
    public MessageForm Input { get; set; } = new();

    [FromQuery(Name = "page")]
    public int? PageNumber { get; set; }

    public string Slug => tenant.Network!.Slug;

    public ConversationThread Thread { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid conversationId, CancellationToken cancellationToken)
    {
        Input = new MessageForm { ClientKey = Guid.NewGuid() };
        return await ShowAsync(conversationId, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(Guid conversationId, CancellationToken cancellationToken)
    {
        var outcome = await messages.ReplyAsync(conversationId, Input.Text, Input.ClientKey, cancellationToken);
        if (outcome.Error == MessageError.NotFound)
        {
            return NotFound();
        }

        if (outcome.Succeeded)
        {
            return LocalRedirect($"/reti/{Slug}/messaggi/{outcome.ConversationId}#ultimo");
        }

        var (field, text) = MessageErrorText.Of(outcome, localizer);
        ModelState.AddModelError(field, text);
        return await ShowAsync(conversationId, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid conversationId, CancellationToken cancellationToken)
    {
        var thread = await messages.OpenAsync(conversationId, PageNumber, cancellationToken);
        if (thread is null)
        {
            return NotFound();
        }

        Thread = thread;
        return Page();
    }
}
