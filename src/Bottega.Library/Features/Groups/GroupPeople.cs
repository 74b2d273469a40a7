using Bottega.Platform.Security;

namespace Bottega.Library.Features.Groups;

/// <summary>Who may manage a group (its coordinator and the network's admins) and finding members by e-mail; works outside a request too.</summary>
internal sealed class GroupPeople(INetworkPeople people)
{
    public const string NotAMember = "Nessun membro attivo della rete ha questo indirizzo e-mail.";

    public async Task<bool> IsNetworkAdminAsync(Guid networkId, Guid personId, CancellationToken ct) =>
        (await people.ActiveMembersAsync(networkId, [personId], ct)) is [var member, ..] && member.Roles.HasFlag(NetworkRole.NetworkAdmin);

    public async Task<bool> CanManageAsync(Domain.WorkingGroup group, Guid actorId, CancellationToken ct) =>
        group.CoordinatorId == actorId || await IsNetworkAdminAsync(group.NetworkId, actorId, ct);

    /// <summary>The active network member with this e-mail, or null (also for a malformed address).</summary>
    public async Task<NetworkPerson?> FindByEmailAsync(Guid networkId, string? email, CancellationToken ct)
    {
        email = email?.Trim();
        if (string.IsNullOrEmpty(email) || email.Length > 256 || !email.Contains('@', StringComparison.Ordinal))
        {
            return null;
        }

        return await people.FindByEmailAsync(networkId, email, ct);
    }
}
