using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;

namespace Bottega.Events.ViewComponents;

/// <summary>
/// Invokes a view component by name only when one is registered: the event page shows the panels of registration,
/// joining and attendance, which live in other parts of the module and may be absent from a build.
/// </summary>
internal static class OptionalViewComponents
{
    public static async Task<IHtmlContent> InvokeIfPresentAsync(this IViewComponentHelper components, IViewComponentSelector selector, string name, object arguments)
    {
        ArgumentNullException.ThrowIfNull(components);
        ArgumentNullException.ThrowIfNull(selector);
        return selector.SelectComponent(name) is null ? HtmlString.Empty : await components.InvokeAsync(name, arguments);
    }
}
