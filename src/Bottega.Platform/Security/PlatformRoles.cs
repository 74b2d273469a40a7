namespace Bottega.Platform.Security;

/// <summary>Roles of the whole install (not of a network): the operator's administrators.</summary>
public static class PlatformRoles
{
    public const string Admin = "platform-admin";
}
