using Bottega.Community.Data;
using Bottega.Community.Features.Access;
using Bottega.Platform;
using Bottega.Platform.Hosting;
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
        services.AddScoped<SpaceReaders>();
        services.AddScoped<Features.Mentions.MentionResolver>();
        services.AddScoped<Features.Posts.PostComposer>();
        services.AddFeature<Features.Topics.TopicCreation>();
        services.AddFeature<Features.Topics.TopicReading>();
        services.AddFeature<Features.Topics.SimilarTopics>();
        services.AddFeature<Features.Posts.Replies>();
        services.AddFeature<Features.Posts.PostEditing>();
        services.AddFeature<Features.Posts.PostHistory>();
        services.AddFeature<Features.Posts.Voting>();
        services.AddFeature<Features.Posts.AnswerAcceptance>();
        services.AddFeature<Features.Attachments.PostAttachments>();
        services.AddFeature<Features.Mentions.MentionSuggestions>();
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
