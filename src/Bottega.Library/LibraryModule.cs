using Bottega.Library.Data;
using Bottega.Library.Features.Access;
using Bottega.Platform;
using Bottega.Platform.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bottega.Library;

/// <summary>The knowledge library: documents with versions and full-text search, good practices, prize calls with jury scoring, working groups.</summary>
public static class LibraryModule
{
    public static WebApplicationBuilder AddLibrary(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddRazorPages().AddApplicationPart(typeof(LibraryModule).Assembly);
        services.AddBottegaDbContext<LibraryDbContext>();
        services.AddOptions<LibraryOptions>().BindConfiguration(LibraryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddFeature<DocumentAccess>();
        services.AddScoped<Features.Search.LibrarySearchIndex>();
        AddDocuments(services);
        AddSearch(services);
        AddGoodPractices(services);
        AddGroups(services);
        AddPrizes(services);
        return builder;
    }

    private static void AddGoodPractices(IServiceCollection services)
    {
        services.AddScoped<Features.Practices.PracticeActors>();
        services.AddScoped<Features.Practices.PracticeLabels>();
        services.AddScoped<Features.Practices.PracticeAttachmentIntake>();
        services.AddScoped<Features.Practices.PracticeSearchIndex>();
        services.AddScoped<Features.Practices.PracticeMail>();
        services.AddFeature<Features.Practices.GoodPractices>();
        services.AddFeature<Features.Practices.PracticeReading>();
    }

    /// <summary>Working groups (their collection, space and meetings) and the module's part of personal data.</summary>
    private static void AddGroups(IServiceCollection services)
    {
        services.AddScoped<Features.Groups.GroupPeople>();
        services.AddScoped<Features.Groups.GroupSpaceSync>();
        services.AddFeature<Features.Groups.WorkingGroups>();
        services.AddFeature<Features.Groups.GroupMembership>();
        services.AddFeature<Features.Groups.GroupMeetingScheduling>();
        services.AddFeature<Features.Groups.GroupHome>();
        services.AddFeature<Features.Groups.GroupOutputs>();
        services.AddScoped<Platform.Privacy.IPersonalDataContributor, Features.Privacy.LibraryPersonalData>();
    }

    /// <summary>Prize calls: administration, members' entries, the jury's scoring, the ranking.</summary>
    private static void AddPrizes(IServiceCollection services)
    {
        services.AddFeature<Features.Prizes.PrizeCallAdministration>();
        services.AddFeature<Features.Prizes.PrizeSubmissions>();
        services.AddFeature<Features.Prizes.JuryScoring>();
        services.AddFeature<Features.Prizes.PrizeRanking>();
    }

    /// <summary>Documents: intake, background text extraction, versions, downloads, adoptions, following, comments, collections.</summary>
    private static void AddDocuments(IServiceCollection services)
    {
        services.AddScoped<Features.Files.FileIntake>();
        services.AddScoped<Features.Extraction.TextExtractor>();
        services.AddScoped<Features.Extraction.VersionTextExtraction>();
        services.AddScoped<Platform.Outbox.IOutboxHandler, Features.Extraction.VersionUploadedDelivery>();
        services.AddScoped<Features.Documents.LibraryActors>();
        services.AddScoped<Features.Documents.DocumentFormRules>();
        services.AddScoped<Features.Documents.NewVersionMails>();
        services.AddFeature<Features.Documents.LibraryDocuments>();
        services.AddFeature<Features.Documents.DocumentAdoptions>();
        services.AddFeature<Features.Documents.DocumentFollowing>();
        services.AddFeature<Features.Documents.DocumentComments>();
        services.AddFeature<Features.Documents.DocumentDownloads>();
        services.AddFeature<Features.Documents.DocumentPages>();
        services.AddFeature<Features.Documents.DocumentFormOptions>();
        services.AddFeature<Features.Documents.LibraryBrowsing>();
        services.AddFeature<Features.Documents.LibraryCollections>();
    }

    /// <summary>Search over the documents the viewer may see, with filters and snippets.</summary>
    private static void AddSearch(IServiceCollection services)
    {
        services.AddMemoryCache();
        services.AddScoped<Features.Search.LibraryFilterChoices>();
        services.AddFeature<Features.Search.LibrarySearch>();
    }

    /// <summary>The module's endpoints outside Razor Pages (downloads).</summary>
    public static IEndpointRouteBuilder MapLibrary(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints;
    }

    /// <summary>The module's tables, for the migrations context.</summary>
    public static void ApplyModel(ModelBuilder modelBuilder)
    {
        LibraryModel.Apply(modelBuilder);
        GoodPracticesModel.Apply(modelBuilder);
        PrizeCallsModel.Apply(modelBuilder);
    }
}
