using Bottega.Events.Domain;
using Bottega.Platform.Security;

namespace Bottega.Events.Features.Registrations;

/// <summary>
/// Whether a person is in an event's audience: no rows, everyone in the network; otherwise the person's organization
/// must be one of the organization rows (when there are any) and their job role one of the job-role rows (when there are any).
/// </summary>
internal static class AudienceRule
{
    public static bool Admits(IReadOnlyCollection<EventAudience> audience, NetworkPerson person)
    {
        ArgumentNullException.ThrowIfNull(audience);
        ArgumentNullException.ThrowIfNull(person);
        var organizations = audience.Where(a => a.Kind == AudienceKind.Organization).Select(a => a.Value).ToList();
        var roles = audience.Where(a => a.Kind == AudienceKind.JobRole).Select(a => a.Value).ToList();
        var organizationFits = organizations.Count == 0
            || (person.OrganizationId is { } organizationId && organizations.Any(o => Guid.TryParse(o, out var id) && id == organizationId));
        var roleFits = roles.Count == 0
            || (person.JobRole is { } role && roles.Any(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase)));
        return organizationFits && roleFits;
    }
}
