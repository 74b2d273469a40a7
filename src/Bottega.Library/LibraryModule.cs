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
        AddSearch(services);
        return builder;
    }

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
