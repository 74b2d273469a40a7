using Bottega.Credentials.Domain;
using Bottega.Credentials.Features.Issuing;
using Bottega.Learning.Domain;
using Bottega.Migrations;
using Bottega.Organizations.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Demo;

/// <summary>
/// An Open Badge per course of the federation's digital-skills path, aligned to the course's Syllabus competence, and
/// the badges of the completions already in the demo (issued through the real issuing service, so they verify).
/// </summary>
internal sealed class DemoCredentials(BottegaMigrationsContext db, CredentialIssuing issuing, DateTime now)
{
    public static Task<bool> ExistsAsync(BottegaMigrationsContext db, CancellationToken cancellationToken) =>
        db.Set<Achievement>().IgnoreQueryFilters().AnyAsync(a => a.Kind == AchievementKind.Course, cancellationToken);

    public async Task<int> CreateAsync(CancellationToken cancellationToken)
    {
        var federation = await db.Set<Network>().SingleAsync(n => n.Slug == DemoAccounts.Federation, cancellationToken);
        var courseIds = await db.Set<LearningPath>().IgnoreQueryFilters().Where(p => p.NetworkId == federation.Id)
            .SelectMany(p => p.Steps).Select(s => s.CourseId).ToListAsync(cancellationToken);
        var courses = await db.Set<Course>().Include(c => c.Competences).Where(c => courseIds.Contains(c.Id)).ToListAsync(cancellationToken);
        var competenceIds = courses.SelectMany(c => c.Competences).Select(c => c.CompetenceId).ToList();
        var competences = await db.Set<Competence>().Where(c => competenceIds.Contains(c.Id))
            .Join(db.Set<CompetencyFramework>(), c => c.FrameworkId, f => f.Id, (c, f) => new { c.Id, c.Code, c.Name, c.Description, Framework = f.Name })
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var achievements = new Dictionary<Guid, Guid>();
        foreach (var course in courses)
        {
            var achievement = Achievement.Create(federation.Id, AchievementKind.Course, course.Id, null, course.Title, course.Summary,
                $"Completare tutti i contenuti obbligatori del corso «{course.Title}» ({course.Hours:0.#} ore) nella piattaforma della {federation.Name}.", now);
            foreach (var link in course.Competences)
            {
                var competence = competences[link.CompetenceId];
                achievement.Alignments.Add(AchievementAlignment.Create(competence.Id, competence.Code, competence.Name, competence.Framework, competence.Description));
            }

            db.Add(achievement);
            achievements[course.Id] = achievement.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
        var issued = await IssueForSeededCompletionsAsync(federation.Id, achievements, cancellationToken);
        return issued + await IssueLearnersWebinarBadgeAsync(cancellationToken);
    }

    /// <summary>ANCI Toscana gave the demo learner, by hand, the badge of the smart-working launch course they attended in person: public, to show the backpack.</summary>
    private async Task<int> IssueLearnersWebinarBadgeAsync(CancellationToken cancellationToken)
    {
        var anci = await db.Set<Network>().SingleAsync(n => n.Slug == DemoAccounts.Anci, cancellationToken);
        var courseId = await db.Set<CourseOffering>().IgnoreQueryFilters().Where(o => o.NetworkId == anci.Id)
            .Join(db.Set<Course>(), o => o.CourseId, c => c.Id, (o, c) => new { c.Id, c.NetworkId, c.Title })
            .Where(c => c.NetworkId == anci.Id).OrderBy(c => c.Title).Select(c => c.Id).FirstAsync(cancellationToken);
        var course = await db.Set<Course>().SingleAsync(c => c.Id == courseId, cancellationToken);
        var achievement = Achievement.Create(anci.Id, AchievementKind.Course, course.Id, null, course.Title, course.Summary,
            $"Aver frequentato il corso «{course.Title}» di {anci.Name}.", now);
        db.Add(achievement);
        await db.SaveChangesAsync(cancellationToken);
        var learnerEmail = DemoAccounts.Learner.ToUpperInvariant();
        var learner = await db.Users.SingleAsync(u => u.NormalizedEmail == learnerEmail, cancellationToken);
        await issuing.IssueAsync(new IssueRequest(anci.Id, achievement.Id, RecipientKind.Person, learner.Id, (learner.GivenName + " " + learner.FamilyName).Trim(),
            learner.Email ?? DemoAccounts.Learner, CredentialSource.Manual, null), cancellationToken);
        var credential = await db.Set<Credential>().IgnoreQueryFilters().SingleAsync(c => c.AchievementId == achievement.Id, cancellationToken);
        credential.SetVisibility(true);
        await db.SaveChangesAsync(cancellationToken);
        return 1;
    }

    private async Task<int> IssueForSeededCompletionsAsync(Guid networkId, Dictionary<Guid, Guid> achievements, CancellationToken cancellationToken)
    {
        var courseIds = achievements.Keys.ToList();
        var completed = await db.Set<Enrolment>().IgnoreQueryFilters()
            .Where(e => e.NetworkId == networkId && e.Status == EnrolmentStatus.Completed && courseIds.Contains(e.CourseId))
            .Join(db.Users, e => e.UserId, u => u.Id, (e, u) => new { e.Id, e.CourseId, e.UserId, u.Email, Name = (u.GivenName + " " + u.FamilyName).Trim() })
            .ToListAsync(cancellationToken);
        var issued = 0;
        foreach (var enrolment in completed)
        {
            var outcome = await issuing.IssueAsync(new IssueRequest(networkId, achievements[enrolment.CourseId], RecipientKind.Person, enrolment.UserId,
                enrolment.Name, enrolment.Email ?? "", CredentialSource.Completion, enrolment.Id.ToString("N")), cancellationToken);
            issued += outcome == IssueOutcome.Issued ? 1 : 0;
        }

        return issued;
    }
}
