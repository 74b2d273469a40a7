using Bottega.Platform.Auditing;
using Bottega.Platform.Data;
using Bottega.Platform.Email;
using Bottega.Platform.Files;
using Bottega.Platform.Hosting;
using Bottega.Platform.Jobs;
using Bottega.Platform.Localization;
using Bottega.Platform.Search;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bottega.Platform;

public static class PlatformModule
{
    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<DatabaseOptions>().Bind(builder.Configuration.GetSection(DatabaseOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.ConnectionString), "Database:ConnectionString is required").ValidateOnStart();
        services.AddOptions<FileStoreOptions>().Bind(builder.Configuration.GetSection(FileStoreOptions.Section));
        services.AddSingleton<IFileStore, LocalFileStore>();
        services.AddOptions<EmailOptions>().Bind(builder.Configuration.GetSection(EmailOptions.Section));
        var limits = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddScoped<TenantContext>();
        services.AddScoped<ITenantContext>(sp => sp.GetRequiredService<TenantContext>());
        services.AddScoped<ICurrentNetworkRoles, CurrentNetworkRoles>();
        services.AddScoped<IAuthorizationHandler, NetworkRoleHandler>();
        services.AddAuthorization(NetworkPolicies.Add);
        services.AddScoped<AuditTrail>();
        services.AddBottegaDbContext<AuditDbContext>();
        services.AddFeature<AuditLogQuery>();
        services.AddOptions<Outbox.OutboxOptions>().BindConfiguration(Outbox.OutboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<Outbox.OutboxDispatcher>();
        services.AddHostedService<Outbox.OutboxWorker>();
        services.AddFullTextSearch();
        services.AddSingleton<IMailer>(sp =>
            string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<EmailOptions>>().Value.SmtpHost)
                ? ActivatorUtilities.CreateInstance<PickupFolderMailer>(sp)
                : ActivatorUtilities.CreateInstance<SmtpMailer>(sp));

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Cultures.Italian);
            o.SupportedCultures = Cultures.Supported;
            o.SupportedUICultures = Cultures.Supported;
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        services.AddRateLimiter(o => RateLimitPolicies.Add(o, limits));
        services.AddProblemDetails();

        // Keys outlive restarts so sign-in cookies and antiforgery tokens stay valid; several nodes share the folder (or Redis later).
        services.AddDataProtection().SetApplicationName("Bottega")
            .PersistKeysToFileSystem(new DirectoryInfo(builder.Configuration["DataProtection:KeysFolder"] ?? "data/keys"));
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        JobScheduling.AddJobs(services, builder.Configuration);
        return builder;
    }

    /// <summary>Registers a module context on the configured provider.</summary>
    public static IServiceCollection AddBottegaDbContext<TContext>(this IServiceCollection services)
        where TContext : DbContext =>
        services.AddDbContext<TContext>((sp, o) => o.UseBottegaDatabase(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value));

    /// <summary>Middleware after routing: localization, tenant resolution, rate limits.</summary>
    public static WebApplication UsePlatformAfterRouting(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRequestLocalization();
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseRateLimiter();
        return app;
    }

    public static IEndpointRouteBuilder MapPlatform(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
        return endpoints;
    }
}
