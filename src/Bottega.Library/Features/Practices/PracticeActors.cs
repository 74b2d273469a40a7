using Bottega.Platform.Security;

namespace Bottega.Library.Features.Practices;

/// <summary>Looks up a person's standing in a network for good practices (works outside a request too: the demo seed, prize calls).</summary>
internal sealed class PracticeActors(INetworkPeople people)
{
    public async Task<PracticeActor> ForAsync(Guid networkId, Guid personId, CancellationToken ct)
    {
        var roles = await people.ActiveMembersAsync(networkId, [personId], ct) is [var member, ..] ? member.Roles : NetworkRole.None;
        if (roles == NetworkRole.None)
        {
            return new PracticeActor(personId, false, false, null, null);
        }

        var person = await people.FindAsync(networkId, personId, ct);
        var referentOf = roles.HasFlag(NetworkRole.TrainingReferent) ? await people.ReferentOfAsync(networkId, personId, ct) : null;
        return new PracticeActor(personId, true, roles.HasFlag(NetworkRole.NetworkAdmin), person?.OrganizationId, referentOf);
    }
}
