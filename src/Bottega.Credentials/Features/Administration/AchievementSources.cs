using System.Globalization;
using Bottega.Credentials.Domain;
using Bottega.Learning.Contracts;

namespace Bottega.Credentials.Features.Administration;

/// <summary>A checked source of a new achievement, with the alignments copied from the catalogue.</summary>
internal sealed record ResolvedSource(AchievementKind Kind, Guid SourceId, int? Level, IReadOnlyList<AchievementAlignment> Alignments);

/// <summary>What an achievement is earned by, read from Learning's catalogue of the network.</summary>
internal sealed class AchievementSources(ILearningCatalogLookup catalog)
{
    public async Task<SourceChoices> ChoicesAsync(Guid networkId, CancellationToken cancellationToken)
    {
        var courses = await catalog.CoursesAsync(networkId, cancellationToken);
        var paths = await catalog.PathsAsync(networkId, cancellationToken);
        var competences = await catalog.CompetencesAsync(networkId, cancellationToken);
        return new SourceChoices(
            [.. courses.Select(c => new SourceChoice(c.Id.ToString(), c.Title))],
            [.. paths.Select(p => new SourceChoice(p.Id.ToString(), p.Title))],
            [.. competences.SelectMany(c => Levels(c).Select(level => new SourceChoice(
                string.Create(CultureInfo.InvariantCulture, $"{c.Id}:{level.Rank}"), $"{c.Code} {c.Name} — {level.Name}", c.FrameworkName)))]);
    }

    public async Task<(ResolvedSource? Source, string? Error)> ResolveAsync(Guid networkId, AchievementSource source, CancellationToken cancellationToken)
    {
        switch (source.Kind)
        {
            case AchievementKind.Course:
                var course = (await catalog.CoursesAsync(networkId, cancellationToken)).FirstOrDefault(c => c.Id == source.CourseId);
                if (course is null)
                {
                    return (null, "Scegli un corso del catalogo della rete.");
                }

                var competences = (await catalog.CompetencesAsync(networkId, cancellationToken)).ToDictionary(c => c.Id);
                return (new ResolvedSource(AchievementKind.Course, course.Id, null,
                    [.. course.Competences.Where(cc => competences.ContainsKey(cc.CompetenceId)).Select(cc => Alignment(competences[cc.CompetenceId]))]), null);
            case AchievementKind.Path:
                var path = (await catalog.PathsAsync(networkId, cancellationToken)).FirstOrDefault(p => p.Id == source.PathId);
                return path is null ? (null, "Scegli un percorso della rete.") : (new ResolvedSource(AchievementKind.Path, path.Id, null, []), null);
            case AchievementKind.Competence:
                var (competenceId, rank) = ParseCompetenceLevel(source.CompetenceLevel);
                var competence = (await catalog.CompetencesAsync(networkId, cancellationToken)).FirstOrDefault(c => c.Id == competenceId);
                if (competence is null || !Levels(competence).Any(l => l.Rank == rank))
                {
                    return (null, "Scegli una competenza e il suo livello.");
                }

                return (new ResolvedSource(AchievementKind.Competence, competence.Id, rank, [Alignment(competence)]), null);
            default:
                return (null, "I riconoscimenti agli enti si creano con le regole di assegnazione.");
        }
    }

    /// <summary>The course, path or competence (with its level) an achievement is earned by, as the administrator reads it.</summary>
    public async Task<string?> DescribeAsync(Guid networkId, AchievementKind kind, Guid? sourceId, int? level, CancellationToken cancellationToken)
    {
        return kind switch
        {
            AchievementKind.Course => (await catalog.CoursesAsync(networkId, cancellationToken)).FirstOrDefault(c => c.Id == sourceId)?.Title,
            AchievementKind.Path => (await catalog.PathsAsync(networkId, cancellationToken)).FirstOrDefault(p => p.Id == sourceId)?.Title,
            AchievementKind.Competence => (await catalog.CompetencesAsync(networkId, cancellationToken)).FirstOrDefault(c => c.Id == sourceId) is { } c
                ? $"{c.Code} {c.Name} — {Levels(c).FirstOrDefault(l => l.Rank == level).Name ?? level?.ToString(CultureInfo.InvariantCulture)}"
                : null,
            _ => null,
        };
    }

    private static (Guid Id, int Rank) ParseCompetenceLevel(string? value)
    {
        var parts = (value ?? "").Split(':');
        return parts.Length == 2 && Guid.TryParse(parts[0], out var id)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var rank)
            ? (id, rank)
            : (Guid.Empty, 0);
    }

    // A framework without named levels still has the three ranks the Syllabus uses.
    private static IEnumerable<(int Rank, string Name)> Levels(CatalogCompetence competence) =>
        competence.LevelNames.Count > 0
            ? competence.LevelNames.Select((name, index) => (index + 1, name))
            : Enumerable.Range(1, 3).Select(rank => (rank, rank.ToString(CultureInfo.InvariantCulture)));

    private static AchievementAlignment Alignment(CatalogCompetence competence) =>
        AchievementAlignment.Create(competence.Id, Clip(competence.Code, 60), Clip(competence.Name, 300), Clip(competence.FrameworkName, 200),
            competence.Description is null ? null : Clip(competence.Description, 2000));

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];
}
