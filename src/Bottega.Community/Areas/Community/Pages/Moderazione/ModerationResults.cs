using Bottega.Community.Features.Moderation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Bottega.Community.Areas.Community.Pages.Moderazione;

internal static class ModerationResults
{
    public const string NoticeKey = "CommunityNotice";

    /// <summary>404 or 403 for a refusal of access; null when the page goes on (done, or refused with a message).</summary>
    public static IActionResult? Denial(this PageModel page, ModerationResult result) => result.Outcome switch
    {
        ModerationOutcome.NotFound => page.NotFound(),
        ModerationOutcome.Forbidden => page.Forbid(),
        _ => null,
    };

    /// <summary>The confirmation shown after the redirect.</summary>
    public static void Notify(this PageModel page, ModerationResult result)
    {
        if (result.Notice is { } notice)
        {
            page.TempData[NoticeKey] = notice;
        }
    }
}
