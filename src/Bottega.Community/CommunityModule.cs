using Bottega.Community.Data;
using Bottega.Community.Features.Access;
using Bottega.Platform;
using Bottega.Platform.Hosting;
using Bottega.Platform.Jobs;
using Bottega.Platform.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
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
        AddFollowing(builder);
        services.AddFeature<Features.Spaces.SpaceAdministration>();
        services.AddFeature<Features.Spaces.SpaceMemberAdministration>();
        services.AddScoped<Contracts.IWorkingGroupSpaces, Features.Spaces.WorkingGroupSpaces>();
        services.AddFeature<Features.Spaces.SpaceTopics>();
        services.AddFeature<Features.Home.CommunityHome>();
        services.AddFeature<Features.Search.CommunitySearch>();
        services.AddFeature<Features.Directory.PeopleSearch>();
        services.AddFeature<Features.Directory.CommunityProfiles>();
        services.AddFeature<Features.Messages.PrivateMessages>();
        services.AddScoped<Bottega.Platform.Privacy.IPersonalDataContributor, Features.Privacy.CommunityPersonalData>();
        services.AddScoped<SpaceReaders>();
        services.AddScoped<Features.Mentions.MentionResolver>();
        services.AddScoped<Features.Posts.PostComposer>();
        services.AddFeature<Features.Topics.TopicCreation>();
        services.AddFeature<Features.Topics.TopicReading>();
        services.AddSingleton<Features.Topics.TopicViewCounter>();
        services.AddHostedService(sp => sp.GetRequiredService<Features.Topics.TopicViewCounter>());
        services.AddFeature<Features.Topics.SimilarTopics>();
        services.AddFeature<Features.Posts.Replies>();
        services.AddFeature<Features.Posts.PostEditing>();
        services.AddFeature<Features.Posts.PostHistory>();
        services.AddFeature<Features.Posts.Voting>();
        services.AddFeature<Features.Posts.AnswerAcceptance>();
        services.AddFeature<Features.Attachments.PostAttachments>();
        services.AddFeature<Features.Mentions.MentionSuggestions>();
        services.AddFeature<Features.Moderation.FlagService>();
        services.AddFeature<Features.Moderation.ModerationLists>();
        services.AddFeature<Features.Moderation.ModerationActions>();
        services.AddFeature<Features.Moderation.TopicModeration>();
        services.AddFeature<Features.Moderation.TopicModerationView>();
        services.AddFeature<Features.Moderation.MemberBans>();
        services.AddScoped<Features.Reputation.CommunityBadgeAwards>();
        services.AddScoped<IOutboxHandler, Features.Reputation.PostPublishedBadges>();
        services.AddScoped<IOutboxHandler, Features.Reputation.AnswerAcceptedBadges>();
        services.AddScoped<Contracts.IDiscussionMentions, Features.Mentions.DiscussionMentions>();
        return builder;
    }

    private static void AddFollowing(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddFeature<Features.Following.Following>();
        services.AddFeature<Features.Notifications.Notifications>();
        services.AddFeature<Features.Notifications.Unsubscribing>();
        services.AddFeature<Features.Notifications.DigestSender>();
        services.AddScoped<Features.Notifications.NotificationAudience>();
        services.AddScoped<Features.Notifications.Notifier>();
        services.AddScoped<Features.Notifications.ImmediateEmails>();
        services.AddSingleton<Features.Notifications.UnsubscribeTokens>();
        services.AddSingleton<Features.Notifications.CommunityMail>();
        services.AddScoped<IOutboxHandler, Features.Notifications.PostPublishedNotifications>();
        services.AddScoped<IOutboxHandler, Features.Notifications.AnswerAcceptedNotifications>();
        services.AddScoped<IOutboxHandler, Features.Notifications.MessageSentNotifications>();
        services.AddScoped<IOutboxHandler, Features.Notifications.ModerationAppliedNotifications>();
        var options = builder.Configuration.GetSection(CommunityOptions.Section).Get<CommunityOptions>() ?? new CommunityOptions();
        services.AddScheduledJob<Jobs.SendDigestsJob>(Jobs.SendDigestsJob.Name, options.DigestCron);
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
