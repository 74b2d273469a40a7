using Bottega.Community.Data;
using Bottega.Community.Features.Access;
using Bottega.Platform;
using Bottega.Platform.Hosting;
using Bottega.Platform.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bottega.Community;

/// <summary>Spaces, topics and posts, votes and accepted answers, following and notifications, moderation, reputation, the directory's community side and private messages.</summary>
public static class CommunityModule
{
    public static WebApplicationBuilder AddCommunity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddRazorPages().AddApplicationPart(typeof(CommunityModule).Assembly);
        services.AddBottegaDbContext<CommunityDbContext>();
        services.AddOptions<CommunityOptions>().BindConfiguration(CommunityOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddFeature<SpacePermissions>();
        services.AddFeature<Features.Moderation.PostingGate>();
        services.AddFeature<Features.Moderation.FlagService>();
        services.AddFeature<Features.Moderation.ModerationLists>();
        services.AddFeature<Features.Moderation.ModerationActions>();
        services.AddFeature<Features.Moderation.TopicModeration>();
        services.AddFeature<Features.Moderation.TopicModerationView>();
        services.AddFeature<Features.Moderation.MemberBans>();
        services.AddScoped<Features.Reputation.CommunityBadgeAwards>();
        services.AddScoped<IOutboxHandler, Features.Reputation.PostPublishedBadges>();
        services.AddScoped<IOutboxHandler, Features.Reputation.AnswerAcceptedBadges>();
        return builder;
    }

    /// <summary>The module's endpoints outside Razor Pages.</summary>
    public static IEndpointRouteBuilder MapCommunity(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints;
    }

    /// <summary>This module's tables, for the migrations context.</summary>
    public static void ApplyModel(ModelBuilder modelBuilder) => CommunityModel.Apply(modelBuilder);
}
