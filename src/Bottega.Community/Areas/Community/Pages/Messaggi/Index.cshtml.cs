using Bottega.Community.Features.Messages;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Community.Areas.Community.Pages.Messaggi;

/// <summary>The person's conversations in this network, latest first, unread marked.</summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class IndexModel(PrivateMessages messages, ITenantContext tenant) : PageModel
{
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public string Slug => tenant.Network!.Slug;

    public InboxPage Inbox { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Inbox = await messages.InboxAsync(PageNumber, cancellationToken);
}
