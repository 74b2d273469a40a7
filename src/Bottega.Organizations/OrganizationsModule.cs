using Bottega.Organizations.Contracts;
using Bottega.Organizations.Data;
using Bottega.Organizations.Features.Networks;
using Bottega.Organizations.Features.Organizations;
using Bottega.Organizations.Territory;
using Bottega.Platform;
using Bottega.Platform.Hosting;
using Bottega.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Bottega.Organizations;

/// <summary>Territory, organizations, networks and their member organizations.</summary>
public static class OrganizationsModule
{
    public static WebApplicationBuilder AddOrganizations(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddRazorPages().AddApplicationPart(typeof(OrganizationsModule).Assembly);
        services.AddBottegaDbContext<OrganizationsDbContext>();
        services.AddScoped<OrganizationDirectory>();
        services.AddScoped<IOrganizationDirectory>(sp => sp.GetRequiredService<OrganizationDirectory>());
        services.AddScoped<NetworkDirectory>();
        services.AddScoped<INetworkDirectory>(sp => sp.GetRequiredService<NetworkDirectory>());
        services.AddScoped<INetworkResolver>(sp => sp.GetRequiredService<NetworkDirectory>());
        services.AddFeature<NetworkAdministration>();
        services.AddFeature<MemberOrganizations>();
        services.AddFeature<OrganizationRegistry>();
        services.AddFeature<OrganizationSearch>();
        services.AddFeature<TerritoryImporter>();
        return builder;
    }

    /// <summary>This module's tables, for the migrations context that holds the whole database.</summary>
    public static void ApplyModel(ModelBuilder modelBuilder) => OrganizationsModel.Apply(modelBuilder);
}
