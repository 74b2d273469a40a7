using Bottega.Platform.Auditing;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Organizations.Areas.Organizations.Pages.Reti;

[Authorize(Policy = NetworkPolicies.Admin)]
public sealed class RegistroModel(AuditLogQuery audit, ITenantContext tenant) : PageModel
{
    public AuditPage Entries { get; private set; } = null!;

    public async Task OnGetAsync([FromQuery(Name = "page")] int page, CancellationToken cancellationToken) =>
        Entries = await audit.ListAsync(tenant.NetworkId!.Value, page, 50, cancellationToken);
}
