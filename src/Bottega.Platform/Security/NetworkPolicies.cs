using Microsoft.AspNetCore.Authorization;

namespace Bottega.Platform.Security;

/// <summary>Authorization policies by network role; the network is the one of the current request.</summary>
public static class NetworkPolicies
{
    public const string Member = "network:member";
    public const string Teacher = "network:teacher";
    public const string Referent = "network:referent";
    public const string Moderator = "network:moderator";
    public const string Admin = "network:admin";
    public const string PlatformAdmin = "platform:admin";

    internal static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Member, p => p.RequireAuthenticatedUser().AddRequirements(new NetworkRoleRequirement(
            NetworkRole.Member | NetworkRole.Teacher | NetworkRole.TrainingReferent | NetworkRole.Moderator | NetworkRole.NetworkAdmin)));
        options.AddPolicy(Teacher, p => p.RequireAuthenticatedUser().AddRequirements(new NetworkRoleRequirement(NetworkRole.Teacher | NetworkRole.NetworkAdmin)));
        options.AddPolicy(Referent, p => p.RequireAuthenticatedUser().AddRequirements(new NetworkRoleRequirement(NetworkRole.TrainingReferent | NetworkRole.NetworkAdmin)));
        options.AddPolicy(Moderator, p => p.RequireAuthenticatedUser().AddRequirements(new NetworkRoleRequirement(NetworkRole.Moderator | NetworkRole.NetworkAdmin)));
        options.AddPolicy(Admin, p => p.RequireAuthenticatedUser().AddRequirements(new NetworkRoleRequirement(NetworkRole.NetworkAdmin)));
        options.AddPolicy(PlatformAdmin, p => p.RequireAuthenticatedUser().RequireRole(PlatformRoles.Admin));
    }
}
