using Bottega.Community.Features.Moderation;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Community.Areas.Community.Pages.Moderazione;

/// <summary>
/// The moderation queue: flagged posts, posts held for review and bans. Open to members because space moderators are
/// plain members of the network; anyone who moderates nothing is refused, and each action asks the space's permissions.
/// </summary>
[Authorize(Policy = NetworkPolicies.Member)]
public sealed class IndexModel(ModerationLists lists, ModerationActions actions, MemberBans bans) : PageModel
{
    public const string FlagsTab = "segnalazioni";
    public const string ReviewTab = "revisione";
    public const string BansTab = "sospensioni";

    [BindProperty(SupportsGet = true, Name = "scheda")]
    public string Tab { get; set; } = FlagsTab;

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public Guid PostId { get; set; }

    [BindProperty]
    public Guid UserId { get; set; }

    [BindProperty]
    public Guid BanId { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public int Days { get; set; } = 7;

    [BindProperty]
    public string? Reason { get; set; }

    public ModerationScope Scope { get; private set; } = null!;

    public QueuePage<FlaggedPost>? Flags { get; private set; }

    public QueuePage<PendingPost>? Pending { get; private set; }

    public QueuePage<ActiveBan>? Bans { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : Forbid();

    public Task<IActionResult> OnPostApproveAsync(CancellationToken cancellationToken) => ActAsync(actions.ApproveAsync(PostId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(CancellationToken cancellationToken) => ActAsync(actions.RejectAsync(PostId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostHideAsync(CancellationToken cancellationToken) => ActAsync(actions.HideAsync(PostId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostUnhideAsync(CancellationToken cancellationToken) => ActAsync(actions.UnhideAsync(PostId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostDismissAsync(CancellationToken cancellationToken) => ActAsync(actions.DismissFlagsAsync(PostId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostUpholdAsync(CancellationToken cancellationToken) => ActAsync(actions.UpholdFlagsAsync(PostId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostBanAsync(CancellationToken cancellationToken) => ActAsync(bans.BanAsync(UserId, Days, Reason, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostBanEmailAsync(CancellationToken cancellationToken) =>
        ActAsync(bans.BanByEmailAsync(Email, Days, Reason, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostLiftAsync(CancellationToken cancellationToken) => ActAsync(bans.LiftAsync(BanId, cancellationToken), cancellationToken);

    public string TabUrl(string tab, int page = 1) => $"/reti/{RouteData.Values["network"]}/comunita/moderazione?scheda={tab}&page={page}";

    private async Task<IActionResult> ActAsync(Task<ModerationResult> action, CancellationToken cancellationToken)
    {
        var result = await action;
        if (this.Denial(result) is { } denial)
        {
            return denial;
        }

        if (!result.Succeeded)
        {
            Error = result.Error;
            return await LoadAsync(cancellationToken) ? Page() : Forbid();
        }

        this.Notify(result);
        return Redirect(TabUrl(Tab is ReviewTab or BansTab ? Tab : FlagsTab, PageNumber));
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Scope = await lists.ScopeAsync(cancellationToken);
        if (!Scope.IsModerator)
        {
            return false;
        }

        Tab = Tab switch
        {
            ReviewTab => ReviewTab,
            BansTab when Scope.IsNetworkModerator => BansTab,
            _ => FlagsTab,
        };
        switch (Tab)
        {
            case ReviewTab:
                Pending = await lists.PendingAsync(Scope, PageNumber, cancellationToken);
                break;
            case BansTab:
                Bans = await lists.BansAsync(Scope, PageNumber, cancellationToken);
                break;
            default:
                Flags = await lists.FlagsAsync(Scope, PageNumber, cancellationToken);
                break;
        }

        return true;
    }
}
