using Bottega.Credentials.Data;
using Bottega.Credentials.Domain;
using Bottega.Learning.Contracts;
using Bottega.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Credentials.Features.Issuing;

/// <summary>
/// Issues, on a course completion, the network's achievements it earns: the course's own and those of the competences
/// the course develops to at least the achievement's level. Delivered at least once; issuing is idempotent.
/// </summary>
internal sealed class CompletionBadges(CredentialsDbContext db, CredentialIssuing issuing, INetworkPeople people, IPathCompletionStatistics paths)
    : ICourseCompletionHandler
{
    public async Task HandleAsync(CourseCompleted completion, CancellationToken cancellationToken)
    {
        var competenceIds = completion.CompetenceLevels.Keys.ToList();
        var pathIds = await PathsWithBadgesCompletedAsync(completion, cancellationToken);
        var candidates = await db.Achievements.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.NetworkId == completion.NetworkId && a.IssueOnCompletion && !a.Archived
                && ((a.Kind == AchievementKind.Course && a.SourceId == completion.CourseId)
                    || (a.Kind == AchievementKind.Competence && a.SourceId != null && competenceIds.Contains(a.SourceId.Value))
                    || (a.Kind == AchievementKind.Path && a.SourceId != null && pathIds.Contains(a.SourceId.Value))))
            .Select(a => new { a.Id, a.Kind, a.SourceId, a.Level })
            .ToListAsync(cancellationToken);
        var earned = candidates.Where(a => a.Kind != AchievementKind.Competence || completion.CompetenceLevels[a.SourceId!.Value] >= (a.Level ?? 1)).ToList();
        if (earned.Count == 0)
        {
            return;
        }

        var person = await people.FindAsync(completion.NetworkId, completion.UserId, cancellationToken);
        if (person is null)
        {
            return;
        }

        foreach (var achievement in earned)
        {
            await issuing.IssueAsync(new IssueRequest(completion.NetworkId, achievement.Id, RecipientKind.Person, person.UserId, person.Name, person.Email,
                CredentialSource.Completion, completion.EnrolmentId.ToString("N")), cancellationToken);
        }
    }

    // Only paths the network gives a badge for are worth asking Learning about.
    private async Task<List<Guid>> PathsWithBadgesCompletedAsync(CourseCompleted completion, CancellationToken cancellationToken)
    {
        var hasPathBadges = await db.Achievements.IgnoreQueryFilters()
            .AnyAsync(a => a.NetworkId == completion.NetworkId && a.Kind == AchievementKind.Path && a.IssueOnCompletion && !a.Archived, cancellationToken);
        return hasPathBadges
            ? [.. await paths.PathsCompletedWithAsync(completion.NetworkId, completion.UserId, completion.CourseId, cancellationToken)]
            : [];
    }
}
