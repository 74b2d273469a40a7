using Bottega.Credentials.Features.Backpack;
using Bottega.Credentials.Features.Verification;
using Bottega.Platform.Hosting;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Bottega.Credentials.Areas.Credentials.Pages.Badge;

/// <summary>A badge's page: public when its holder made it so, always visible to the holder; verified live.</summary>
[EnableRateLimiting(RateLimitPolicies.Public)]
public sealed class DettaglioModel(Backpack backpack, CredentialVerifier verifier, ICurrentUser user) : PageModel
{
    public BackpackItem Item { get; private set; } = null!;

    public Verdict Verdict { get; private set; } = null!;

    public bool IsHolder { get; private set; }

    public Backpack Links => backpack;

    public async Task<IActionResult> OnGetAsync(string publicId, CancellationToken cancellationToken)
    {
        var item = await backpack.FindAsync(publicId, cancellationToken);
        if (item is null || !Backpack.CanView(item, user.Id))
        {
            return NotFound();
        }

        Item = item;
        IsHolder = user.Id is { } id && item.RecipientUserId == id;
        Verdict = await verifier.VerifyTextAsync(backpack.CredentialUrl(publicId), cancellationToken);
        return Page();
    }
}
