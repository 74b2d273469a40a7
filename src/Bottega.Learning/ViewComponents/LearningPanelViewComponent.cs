using Bottega.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Bottega.Learning.ViewComponents;

/// <summary>The learning links of a network's home, by the person's roles in it.</summary>
public sealed class LearningPanelViewComponent(ICurrentNetworkRoles roles) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync() => View(await roles.GetAsync(HttpContext.RequestAborted));
}
