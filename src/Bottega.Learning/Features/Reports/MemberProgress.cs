using Bottega.Learning.Data;
using Bottega.Learning.Domain;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Learning.Features.Reports;

public sealed record MemberCourseProgress(Guid CourseId, string Title, decimal Hours, EnrolmentStatus Status, int Percent, DateOnly? DueDate, DateTime? CompletedAt);

public sealed record MemberProgressView(Guid UserId, string Name, Guid? OrganizationId, IReadOnlyList<MemberCourseProgress> Courses);

public enum MemberProgressAccess
{
    Allowed = 0,
    NotFound = 1,
    Forbidden = 2,
}

/// <summary>
/// A member's enrolments in the request's network, for their organization's training referent (own staff only) and for
/// the network's admins (any member).
/// </summary>
public sealed class MemberProgress
{
    private readonly LearningDbContext db;
    private readonly ITenantContext tenant;
    private readonly INetworkPeople people;

    internal MemberProgress(LearningDbContext db, ITenantContext tenant, INetworkPeople people)
    {
        this.db = db;
        this.tenant = tenant;
        this.people = people;
    }

    public async Task<(MemberProgressAccess Access, MemberProgressView? View)> GetAsync(Guid viewerId, NetworkRole viewerRoles, Guid userId,
        CancellationToken cancellationToken)
    {
        var networkId = tenant.NetworkId ?? throw new InvalidOperationException("No network in this request.");
        var person = await people.FindAsync(networkId, userId, cancellationToken);
        if (person is null)
        {
            return (MemberProgressAccess.NotFound, null);
        }

        if (!viewerRoles.HasFlag(NetworkRole.NetworkAdmin))
        {
            var organization = await people.ReferentOfAsync(networkId, viewerId, cancellationToken);
            if (organization is null || person.OrganizationId != organization)
            {
                return (MemberProgressAccess.Forbidden, null);
            }
        }

        var rows = await db.Enrolments.AsNoTracking().Where(e => e.UserId == userId && e.NetworkId == networkId)
            .Join(db.Courses.AsNoTracking(), e => e.CourseId, c => c.Id,
                (e, c) => new MemberCourseProgress(c.Id, c.Title, c.Hours, e.Status, e.Percent, e.DueDate, e.CompletedAt))
            .ToListAsync(cancellationToken);
        return (MemberProgressAccess.Allowed, new MemberProgressView(person.UserId, person.Name, person.OrganizationId,
            rows.OrderBy(r => r.Title, StringComparer.CurrentCulture).ToList()));
    }
}
