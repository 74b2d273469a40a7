using Bottega.Platform.Auditing;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Organizations.Areas.Organizations.Pages.Admin;

[Authorize(Policy = NetworkPolicies.PlatformAdmin)]
public sealed class RegistroModel(AuditLogQuery audit) : PageModel
{
    public AuditPage Entries { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = "page")] int page, CancellationToken cancellationToken) =>
        Entries = await audit.ListAsync(null, page, 50, cancellationToken);
}
