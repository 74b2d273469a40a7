using Bottega.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Bottega.Identity.ViewComponents;

/// <summary>Sign-in links or the signed-in person's menu in the header.</summary>
public sealed class AccountMenuViewComponent(ICurrentUser user) : ViewComponent
{
    public IViewComponentResult Invoke() => View(user);
}
