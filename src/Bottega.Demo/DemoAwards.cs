using Bottega.Credentials.Awards;
using Bottega.Identity.Domain;
using Bottega.Learning.Domain;
using Bottega.Migrations;
using Bottega.Organizations.Contracts;
using Bottega.Organizations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Demo;

/// <summary>
/// The federation's gold/silver/bronze award on the digital-skills path, and the union staff who took the path: the
/// people of each demo union (its own and its municipalities') enrol in the first course and a share of them completes
/// the whole path: about 85% in the largest union, 65%, 45% and 20% in the next ones, so the unions with at least five
/// people earn different levels and the smaller ones show the minimum population at work.
/// </summary>
internal sealed class DemoAwards(BottegaMigrationsContext db, DateTime now)
{
    public const string RuleName = "Competenze digitali: enti che completano il percorso";

    private static readonly double[] Shares = [0.85, 0.65, 0.45, 0.2];

    public async Task CreateAsync(Network federation, LearningPath path, IReadOnlyList<Course> required, CancellationToken cancellationToken)
    {
        var names = DemoNetworks.Unions.Select(u => u.Name).ToList();
        var unions = await db.Set<Organization>().AsNoTracking().Where(o => o.Kind == OrganizationKind.UnionOfMunicipalities && names.Contains(o.Name))
            .Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
        var unionIds = unions.Select(u => u.Id).ToList();
        var towns = await db.Set<UnionMembership>().AsNoTracking().Where(u => unionIds.Contains(u.UnionId)).ToListAsync(cancellationToken);
        var unionOf = towns.ToDictionary(t => t.MunicipalityId, t => t.UnionId);
        foreach (var id in unionIds)
        {
            unionOf[id] = id;
        }

        // The demo's well-known accounts keep a clean slate: their journeys (and the tests) start with nothing done.
        var known = new[] { DemoAccounts.AdminOf(federation.Slug), DemoAccounts.TeacherOf(federation.Slug), DemoAccounts.ModeratorOf(federation.Slug),
            DemoAccounts.ReferentOf(federation.Slug), DemoAccounts.Learner }.Select(e => e.ToUpperInvariant()).ToList();
        var excluded = await db.Users.Where(u => known.Contains(u.NormalizedEmail!)).Select(u => u.Id).ToListAsync(cancellationToken);
        var members = await db.Set<NetworkMembership>().IgnoreQueryFilters(["tenant"]).AsNoTracking()
            .Where(m => m.NetworkId == federation.Id && m.Status == MembershipStatus.Active && m.OrganizationId != null && !excluded.Contains(m.UserId))
            .OrderBy(m => m.Id).Select(m => new { m.UserId, OrganizationId = m.OrganizationId!.Value }).ToListAsync(cancellationToken);
        var userIds = members.Select(m => m.UserId).ToList();
        var people = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => (u.GivenName + " " + u.FamilyName).Trim(), cancellationToken);
        var enrolledAt = now.AddDays(-20);
        var staffs = unions.Select(u => (Union: u, Staff: members.Where(m => unionOf.GetValueOrDefault(m.OrganizationId) == u.Id).ToList()))
            .OrderByDescending(u => u.Staff.Count).ThenBy(u => u.Union.Name, StringComparer.Ordinal).ToList();
        foreach (var ((_, staff), index) in staffs.Select((u, i) => (u, i)))
        {
            var completing = (int)Math.Ceiling(Shares[index % Shares.Length] * staff.Count);
            foreach (var (person, position) in staff.Select((p, i) => (p, i)))
            {
                var courses = position < completing ? required : required.Take(1);
                foreach (var (course, step) in courses.Select((c, i) => (c, i)))
                {
                    var enrolment = Enrolment.Create(course.Id, person.UserId, federation.Id, person.OrganizationId, EnrolmentSource.Self, null, null,
                        needsApproval: false, enrolledAt.AddDays(step));
                    db.Add(enrolment);
                    if (position < completing)
                    {
                        Complete(enrolment, course, person.UserId, people[person.UserId], federation, enrolledAt.AddDays(step + 1 + position % 3));
                    }
                    else
                    {
                        enrolment.SetPercent(position % 2 == 0 ? 30 : 70);
                    }
                }
            }
        }

        var today = DateOnly.FromDateTime(now);
        var rule = AwardRule.Create(federation.Id,
            new AwardRuleDefinition(RuleName, path.Id, today, today.AddMonths(6), AwardRuleDefinition.DefaultThresholds) { PathTitle = path.Title }, now);
        rule.Activate();
        db.Add(rule);
    }

    private void Complete(Enrolment enrolment, Course course, Guid userId, string name, Network federation, DateTime completedAt)
    {
        enrolment.Complete(completedAt);
        db.Add(HoursEntry.Create(userId, DateOnly.FromDateTime(completedAt), course.Hours, HoursSource.Course, enrolment.Id, course.Title, federation.Id, completedAt));
        db.Add(Certificate.Issue(Convert.ToHexString(Guid.NewGuid().ToByteArray()[..10]).ToLowerInvariant(), enrolment.Id, userId, course.Id,
            name, course.Title, federation.Name, course.Hours, "", completedAt, completedAt));
    }
}
