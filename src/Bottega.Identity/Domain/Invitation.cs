using System.Security.Cryptography;
using System.Text;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;

namespace Bottega.Identity.Domain;

/// <summary>An e-mailed invitation to join a network with given roles. Only the token's hash is stored.</summary>
public sealed class Invitation : INetworkScoped
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid NetworkId { get; private set; }

    public string Email { get; private set; } = "";

    public NetworkRole Roles { get; private set; }

    public string TokenHash { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    public DateTime? AcceptedAt { get; private set; }

    public Guid? AcceptedBy { get; private set; }

    public Guid InvitedBy { get; private set; }

    private Invitation()
    {
    }

    public static (Invitation Invitation, string Token) Create(Guid networkId, string email, NetworkRole roles, Guid invitedBy, DateTime now)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        return (new Invitation
        {
            NetworkId = networkId,
            Email = email.Trim().ToLowerInvariant(),
            Roles = roles | NetworkRole.Member,
            TokenHash = Hash(token),
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
            InvitedBy = invitedBy,
        }, token);
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public bool IsOpen(DateTime now) => AcceptedAt is null && now < ExpiresAt;

    public void Accept(Guid userId, DateTime now)
    {
        AcceptedAt = now;
        AcceptedBy = userId;
    }
}
