using Bottega.Learning.Data;
using Bottega.Learning.Domain;
using Bottega.Learning.Features.Progress;
using Bottega.Platform.Auditing;
using Bottega.Platform.Security;
using Bottega.Platform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Learning.Features.Enrolments;

public sealed record AssignmentOutcome(LearningResult Result, int Enrolled = 0, int AlreadyEnrolled = 0);

/// <summary>
/// Enrolment in the request's network: self-enrolment (with approval where the course asks for it), withdrawal,
/// assignment by a training referent to their own staff and by a network admin to whole member organizations.
/// A course is reachable only through the network's catalogue (its offerings), so another network's course ids are not found.
/// </summary>
public sealed class Enrolments
{
    private readonly LearningDbContext db;
    private readonly ITenantContext tenant;
    private readonly INetworkPeople people;
    private readonly AuditTrail audit;
    private readonly TimeProvider time;

    internal Enrolments(LearningDbContext db, ITenantContext tenant, INetworkPeople people, AuditTrail audit, TimeProvider time)
    {
        this.db = db;
        this.tenant = tenant;
        this.people = people;
        this.audit = audit;
        this.time = time;
    }

    private Guid NetworkId => tenant.NetworkId ?? throw new InvalidOperationException("No network in this request.");

    public async Task<LearningResult> EnrolSelfAsync(Guid userId, Guid courseId, CancellationToken cancellationToken)
    {
        var course = await OfferedCourseAsync(courseId, cancellationToken);
        if (course is null)
        {
            return LearningResult.Missing("Corso non trovato in questa rete.");
        }

        var person = await people.FindAsync(NetworkId, userId, cancellationToken);
        if (person is null)
        {
            return LearningResult.Refused("Per iscriverti devi far parte della rete.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var enrolment = await db.Enrolments.FirstOrDefaultAsync(e => e.CourseId == courseId && e.UserId == userId, cancellationToken);
        if (enrolment is null)
        {
            db.Enrolments.Add(Enrolment.Create(courseId, userId, NetworkId, person.OrganizationId, EnrolmentSource.Self, null, null, course.RequiresApproval, now));
        }
        else if (enrolment.IsOpen || enrolment.Status == EnrolmentStatus.PendingApproval)
        {
            return LearningResult.Refused("Sei già iscritto a questo corso.");
        }
        else
        {
            enrolment.Reopen(EnrolmentSource.Self, null, null, course.RequiresApproval, now);
        }

        return await SaveAsync(cancellationToken);
    }

    public async Task<LearningResult> WithdrawAsync(Guid userId, Guid courseId, CancellationToken cancellationToken)
    {
        var enrolment = await db.Enrolments.FirstOrDefaultAsync(e => e.CourseId == courseId && e.UserId == userId, cancellationToken);
        if (enrolment is null || enrolment.Status is EnrolmentStatus.Withdrawn or EnrolmentStatus.Rejected)
        {
            return LearningResult.Refused("Non sei iscritto a questo corso.");
        }

        if (enrolment.Status == EnrolmentStatus.Completed)
        {
            return LearningResult.Refused("Hai già completato questo corso.");
        }

        enrolment.Withdraw();
        return await SaveAsync(cancellationToken);
    }

    /// <summary>Requests waiting for approval in this network's courses.</summary>
    public async Task<IReadOnlyList<PendingEnrolment>> PendingAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Enrolments.AsNoTracking().Where(e => e.NetworkId == NetworkId && e.Status == EnrolmentStatus.PendingApproval)
            .Join(db.Courses.AsNoTracking(), e => e.CourseId, c => c.Id, (e, c) => new { e.Id, e.UserId, c.Title, e.EnrolledAt })
            .OrderBy(x => x.EnrolledAt).Take(200).ToListAsync(cancellationToken);
        return rows.Select(r => new PendingEnrolment(r.Id, r.UserId, r.Title, r.EnrolledAt)).ToList();
    }

    public async Task<LearningResult> DecideAsync(Guid enrolmentId, bool approve, CancellationToken cancellationToken)
    {
        var enrolment = await db.Enrolments.FirstOrDefaultAsync(e => e.Id == enrolmentId && e.NetworkId == NetworkId, cancellationToken);
        if (enrolment is null)
        {
            return LearningResult.Missing("Richiesta non trovata.");
        }

        if (enrolment.Status != EnrolmentStatus.PendingApproval)
        {
            return LearningResult.Refused("La richiesta era già stata decisa.");
        }

        if (approve)
        {
            enrolment.Approve(time.GetUtcNow().UtcDateTime);
        }
        else
        {
            enrolment.Reject();
        }

        audit.Record(db, NetworkId, approve ? "enrolment.approved" : "enrolment.rejected", "enrolment", enrolment.Id);
        return await SaveAsync(cancellationToken);
    }

    /// <summary>A training referent assigns a course to people of the organization they are referent of.</summary>
    public async Task<AssignmentOutcome> AssignToStaffAsync(Guid referentId, Guid courseId, IReadOnlyCollection<Guid> userIds, DateOnly? dueDate,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var organization = await people.ReferentOfAsync(NetworkId, referentId, cancellationToken);
        if (organization is null)
        {
            return new AssignmentOutcome(LearningResult.Refused("Solo il referente della formazione di un ente assegna corsi al suo personale."));
        }

        var staff = await people.ListStaffAsync(NetworkId, [organization.Value], cancellationToken);
        var chosen = staff.Where(p => userIds.Contains(p.UserId)).ToList();
        if (chosen.Count != userIds.Distinct().Count())
        {
            return new AssignmentOutcome(LearningResult.Refused("Puoi assegnare corsi solo al personale del tuo ente."));
        }

        return await AssignAsync(referentId, courseId, chosen, dueDate, EnrolmentSource.Referent, cancellationToken);
    }

    /// <summary>A network admin assigns a course to everyone working for the chosen member organizations.</summary>
    public async Task<AssignmentOutcome> AssignToOrganizationsAsync(Guid adminId, Guid courseId, IReadOnlyCollection<Guid> organizationIds, DateOnly? dueDate,
        CancellationToken cancellationToken)
    {
        var staff = await people.ListStaffAsync(NetworkId, organizationIds, cancellationToken);
        return await AssignAsync(adminId, courseId, staff, dueDate, EnrolmentSource.NetworkAdmin, cancellationToken);
    }

    private async Task<AssignmentOutcome> AssignAsync(Guid assignerId, Guid courseId, IReadOnlyList<NetworkPerson> persons, DateOnly? dueDate,
        EnrolmentSource source, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (dueDate is { } due && due < DateOnly.FromDateTime(now))
        {
            return new AssignmentOutcome(LearningResult.Refused("La scadenza non può essere nel passato."));
        }

        var course = await OfferedCourseAsync(courseId, cancellationToken);
        if (course is null)
        {
            return new AssignmentOutcome(LearningResult.Missing("Corso non trovato in questa rete."));
        }

        if (persons.Count == 0)
        {
            return new AssignmentOutcome(LearningResult.Refused("Scegli almeno una persona."));
        }

        var ids = persons.Select(p => p.UserId).ToList();
        var existing = await db.Enrolments.Where(e => e.CourseId == courseId && ids.Contains(e.UserId)).ToDictionaryAsync(e => e.UserId, cancellationToken);
        int created = 0, already = 0;
        foreach (var person in persons)
        {
            if (existing.TryGetValue(person.UserId, out var enrolment))
            {
                if (enrolment.IsOpen)
                {
                    already++;
                }
                else
                {
                    created++;
                }

                enrolment.Reopen(source, assignerId, dueDate, needsApproval: false, now);
            }
            else
            {
                db.Enrolments.Add(Enrolment.Create(courseId, person.UserId, NetworkId, person.OrganizationId, source, assignerId, dueDate, needsApproval: false, now));
                created++;
            }
        }

        audit.Record(db, NetworkId, "course.assigned", "course", courseId, $"{created} new, {already} already enrolled, due {dueDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-"}");
        var saved = await SaveAsync(cancellationToken);
        return new AssignmentOutcome(saved, created, already);
    }

    /// <summary>The status label (resource key) of each of these people's enrolment in the course, where they have one.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> StatusOfAsync(Guid courseId, IReadOnlyList<Guid> userIds, CancellationToken cancellationToken)
    {
        var rows = await db.Enrolments.AsNoTracking().Where(e => e.CourseId == courseId && userIds.Contains(e.UserId))
            .Select(e => new { e.UserId, e.Status }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.UserId, r => Labels.Of(r.Status));
    }

    private Task<Course?> OfferedCourseAsync(Guid courseId, CancellationToken cancellationToken) =>
        db.Offerings.AsNoTracking().Where(o => o.CourseId == courseId)
            .Join(db.Courses.AsNoTracking().Where(c => c.Status == CourseStatus.Published), o => o.CourseId, c => c.Id, (_, c) => c)
            .FirstOrDefaultAsync(cancellationToken);

    private async Task<LearningResult> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return LearningResult.Ok;
        }
        catch (DbUpdateException)
        {
            // A double submit raced this one on the unique (course, person) index: the first one stands.
            db.ChangeTracker.Clear();
            return LearningResult.Refused("Sei già iscritto a questo corso.");
        }
    }
}

public sealed record PendingEnrolment(Guid Id, Guid UserId, string CourseTitle, DateTime RequestedAt);
