using System.Text.Encodings.Web;
using System.Text.Unicode;
using Bottega.Community;
using Bottega.Credentials;
using Bottega.Demo;
using Bottega.Events;
using Bottega.Identity;
using Bottega.Learning;
using Bottega.Library;
using Bottega.Migrations;
using Bottega.Organizations;
using Bottega.Platform;
using Bottega.Platform.Data;
using Bottega.Platform.Web;
using Microsoft.Extensions.Options;

namespace Bottega.Web.Hosting;

/// <summary>Composition of the modules and the request pipeline.</summary>
internal static class BottegaHost
{
    public static WebApplicationBuilder AddBottega(this WebApplicationBuilder builder)
    {
        builder.AddPlatform();
        builder.AddOrganizations();
        builder.AddIdentity();
        builder.AddLearning();
        builder.AddCredentials();
        builder.AddCommunity();
        builder.AddEvents();
        builder.AddLibrary();
        builder.AddDemo();
        builder.Services.AddRazorPages()
            .AddMvcOptions(o => o.ModelBinderProviders.Insert(0, new NumberInputModelBinderProvider()))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();
        builder.Services.AddAntiforgery(o => o.HeaderName = "X-CSRF-TOKEN");
        builder.Services.AddBottegaApi();

        // Italian text stays readable in the HTML (è, not &#xE8;); encoding still escapes what is unsafe.
        builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        return builder;
    }

    public static WebApplication UseBottega(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/errore");
            app.UseHsts();
        }

        app.UseStatusCodeAnswers();
        app.UseStaticFiles();
        app.UseRouting();
        app.UsePlatformAfterRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapPlatform();
        app.MapLanguageSwitch();
        app.MapRazorPages();
        app.MapLearningApi();
        app.MapCredentials();
        app.MapCommunity();
        app.MapEvents();
        app.MapLibrary();
        app.MapOpenApi("/api/v1/openapi.json");
        return app;
    }

    /// <summary>Migrates and seeds when configured to (development and the embedded default).</summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (database.MigrateOnStart)
        {
            await DatabaseMigrator.MigrateAsync(database, app.Lifetime.ApplicationStopping);
        }

        await using var scope = app.Services.CreateAsyncScope();
        if (database.MigrateOnStart)
        {
            await LearningModule.EnsureReferenceDataAsync(scope.ServiceProvider, app.Lifetime.ApplicationStopping);
        }

        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfConfiguredAsync(app.Lifetime.ApplicationStopping);
    }

    private static void MapLanguageSwitch(this WebApplication app) =>
        app.MapPost("/lingua", LanguageSwitch.Handle).WithName("language-switch");
}
