using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Bottega.Web.Hosting;

/// <summary>
/// The JSON API's hosting concerns: the OpenAPI document, and answers as ProblemDetails (401/403/404) where pages
/// would redirect to the sign-in page or show the error page.
/// </summary>
internal static class ApiHosting
{
    public const string Prefix = "/api";

    public static bool IsApi(this HttpContext context) => context.Request.Path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);

    public static IServiceCollection AddBottegaApi(this IServiceCollection services)
    {
        services.AddOpenApi("v1", o => o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.OrdinalIgnoreCase) == true);
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o =>
        {
            var toLogin = o.Events.OnRedirectToLogin;
            var toDenied = o.Events.OnRedirectToAccessDenied;
            o.Events.OnRedirectToLogin = context =>
            {
                if (!context.HttpContext.IsApi())
                {
                    return toLogin(context);
                }

                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Task.CompletedTask;
            };
            o.Events.OnRedirectToAccessDenied = context =>
            {
                if (!context.HttpContext.IsApi())
                {
                    return toDenied(context);
                }

                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        return services;
    }

    /// <summary>Error statuses without a body: ProblemDetails JSON for the API, the error page for the rest.</summary>
    public static WebApplication UseStatusCodeAnswers(this WebApplication app)
    {
        app.UseWhen(c => c.IsApi(), api => api.UseStatusCodePages());
        app.UseWhen(c => !c.IsApi(), web => web.UseStatusCodePagesWithReExecute("/errore", "?codice={0}"));
        return app;
    }
}
