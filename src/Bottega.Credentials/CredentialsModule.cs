using Bottega.Credentials.Awards;
using Bottega.Credentials.Data;
using Bottega.Credentials.Features.Administration;
using Bottega.Credentials.Features.Formats;
using Bottega.Credentials.Features.Issuing;
using Bottega.Credentials.Features.Keys;
using Bottega.Learning.Contracts;
using Bottega.Platform;
using Bottega.Platform.Hosting;
using Bottega.Platform.Jobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bottega.Credentials;

/// <summary>Issuers, achievements, Open Badges 2.0 and 3.0 credentials, verification, the backpack and organization awards.</summary>
public static class CredentialsModule
{
    public static WebApplicationBuilder AddCredentials(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddRazorPages().AddApplicationPart(typeof(CredentialsModule).Assembly);
        services.AddBottegaDbContext<CredentialsDbContext>();
        services.AddOptions<CredentialsOptions>().BindConfiguration(CredentialsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CredentialUrls>();
        services.AddSingleton<Ob3CredentialBuilder>();
        services.AddSingleton<Ob2Documents>();
        services.AddFeature<IssuerKeys>();
        services.AddFeature<CredentialIssuing>();
        services.AddFeature<Features.Hosted.PublicBadges>();
        services.AddFeature<Features.Verification.CredentialVerifier>();
        services.AddFeature<Features.Backpack.Backpack>();
        services.AddFeature<Features.Backpack.BadgeFiles>();
        services.AddFeature<Features.Hosted.BadgeImages>();
        services.AddMemoryCache();
        services.AddScoped<ICourseCompletionHandler, CompletionBadges>();
        services.AddScoped<AchievementSources>();
        services.AddFeature<AchievementAdministration>();
        services.AddFeature<BadgeImageUploads>();
        services.AddFeature<ManualIssuing>();
        services.AddFeature<IssuedCredentials>();
        services.AddFeature<IssuerProfile>();
        services.AddScoped<IOrganizationAwardIssuing, OrganizationAwardIssuing>();
        services.AddScoped<Contracts.ICommunityBadgeIssuer, CommunityBadgeIssuer>();
        services.AddScoped<Contracts.IOrganizationAwards, OrganizationAwards>();
        services.AddFeature<AwardRules>();
        services.AddFeature<AwardEvaluation>();
        services.AddFeature<AwardLeaderboard>();
        services.AddScoped<Contracts.IPublicBadges, Features.Backpack.PublicBadgeShowcase>();
        var options = builder.Configuration.GetSection(CredentialsOptions.Section).Get<CredentialsOptions>() ?? new CredentialsOptions();
        services.AddScheduledJob<Jobs.EvaluateAwardRulesJob>(Jobs.EvaluateAwardRulesJob.Name, options.AwardEvaluationCron);
        return builder;
    }

    /// <summary>The public Open Badges endpoints (hosted JSON-LD, DID documents, status lists) and the module's API.</summary>
    public static IEndpointRouteBuilder MapCredentials(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        Endpoints.OpenBadgesEndpoints.Map(endpoints);
        Endpoints.BackpackDownloads.Map(endpoints);
        return endpoints;
    }

    /// <summary>This module's tables, for the migrations context.</summary>
    public static void ApplyModel(ModelBuilder modelBuilder) => CredentialsModel.Apply(modelBuilder);
}
