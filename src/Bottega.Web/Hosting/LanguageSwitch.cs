using Bottega.Platform.Localization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Bottega.Web.Hosting;

/// <summary>The language switch in the header: sets the culture cookie and goes back to a local page.</summary>
internal static class LanguageSwitch
{
    public static IResult Handle(HttpContext context, [FromForm] string culture, [FromForm] string? returnUrl)
    {
        if (!Cultures.Supported.Any(c => c.Name == culture))
        {
            return TypedResults.Problem("Lingua non supportata.", statusCode: StatusCodes.Status400BadRequest);
        }

        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.FromUnixTimeSeconds(0).AddYears(100), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
        var target = !string.IsNullOrEmpty(returnUrl) && Uri.IsWellFormedUriString(returnUrl, UriKind.Relative) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            ? returnUrl
            : "/";
        return TypedResults.LocalRedirect(target);
    }
}
