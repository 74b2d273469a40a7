using Bottega.Identity.Data;
using Bottega.Identity.Domain;
using Bottega.Identity.Features.Accounts;
using Bottega.Identity.Features.Invitations;
using Bottega.Identity.Features.Memberships;
using Bottega.Identity.Features.PersonalData;
using Bottega.Identity.Features.Profiles;
using Bottega.Platform;
using Bottega.Platform.Hosting;
using Bottega.Platform.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bottega.Identity;

/// <summary>Accounts, sign-in, profiles, network memberships and personal data.</summary>
public static class IdentityModule
{
    public static WebApplicationBuilder AddIdentity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(BottegaIdentityOptions.Section).Get<BottegaIdentityOptions>() ?? new BottegaIdentityOptions();
        builder.Services.AddOptions<BottegaIdentityOptions>().Bind(builder.Configuration.GetSection(BottegaIdentityOptions.Section));
        var services = builder.Services;
        services.AddRazorPages().AddApplicationPart(typeof(IdentityModule).Assembly);
        services.AddBottegaDbContext<IdentityDataContext>();
        services.AddIdentity<BottegaUser, IdentityRole<Guid>>(o =>
            {
                o.Password.RequiredLength = options.PasswordMinLength;
                o.Password.RequireNonAlphanumeric = false;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedEmail = true;
                o.Lockout.MaxFailedAccessAttempts = options.MaxFailedAccessAttempts;
                o.Lockout.DefaultLockoutTimeSpan = options.LockoutDuration;
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<IdentityDataContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<ItalianIdentityErrors>();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/accedi";
            o.LogoutPath = "/account/esci";
            o.AccessDeniedPath = "/accesso-negato";
            o.Cookie.Name = "bottega.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Lax;
            o.SlidingExpiration = true;
        });

        var authentication = services.AddAuthentication();
        foreach (var provider in options.ExternalProviders.Where(p => !string.IsNullOrWhiteSpace(p.Scheme)))
        {
            authentication.AddOpenIdConnect(provider.Scheme, provider.DisplayName, o => ExternalProviders.Configure(o, provider));
        }

        services.AddScoped<MembershipLookup>();
        services.AddScoped<IMembershipLookup>(sp => sp.GetRequiredService<MembershipLookup>());
        services.AddScoped<IMembershipGrants>(sp => sp.GetRequiredService<MembershipLookup>());
        services.AddFeature<MyNetworks>();
        services.AddFeature<NetworkMemberships>();
        services.AddFeature<MemberDirectory>();
        services.AddFeature<MemberCard>();
        services.AddFeature<AccountMail>();
        services.AddFeature<AuthenticatorSetup>();
        services.AddFeature<ExternalAccounts>();
        services.AddScoped<IPersonNames, PersonNames>();
        services.AddScoped<INetworkPeople, NetworkPeople>();
        services.AddScoped<IPeopleDirectory, PeopleDirectory>();
        services.AddFeature<NetworkInvitations>();
        services.AddFeature<PersonProfiles>();
        services.AddFeature<PersonalDataExport>();
        services.AddFeature<PersonalDataErasure>();
        return builder;
    }

    /// <summary>This module's tables beyond Identity's own, for the migrations context.</summary>
    public static void ApplyModel(ModelBuilder modelBuilder) => IdentityModel.Apply(modelBuilder);
}
