using Bottega.Community.Domain;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.AspNetCore.Mvc;

namespace Bottega.Community.ViewComponents;

public sealed record FollowButtonModel(SubscriptionTarget Target, Guid TargetId, bool Following, string NetworkSlug, string ReturnUrl);

/// <summary>
/// The follow/unfollow toggle of a space, tag or topic of the request's network, for signed-in people; posts to
/// <c>/reti/{network}/comunita/segui</c>, which answers htmx with this component again.
/// </summary>
public sealed class FollowButtonViewComponent(Features.Following.Following subscriptions, ICurrentUser user, ITenantContext tenant) : ViewComponent
{
    /// <param name="target">What kind of thing.</param>
    /// <param name="targetId">Its id.</param>
    /// <param name="following">Whether the person follows it, when the caller knows (saves a query).</param>
    /// <param name="returnUrl">Where the no-JavaScript form returns; the current page when omitted.</param>
    public async Task<IViewComponentResult> InvokeAsync(SubscriptionTarget target, Guid targetId, bool? following = null, string? returnUrl = null)
    {
        if (!user.IsAuthenticated || tenant.Network is not { } network)
        {
            return Content("");
        }

        var isFollowing = following ?? await subscriptions.IsFollowingAsync(target, targetId, HttpContext.RequestAborted);
        return View(new FollowButtonModel(target, targetId, isFollowing, network.Slug, returnUrl ?? Request.Path + Request.QueryString));
    }
}
