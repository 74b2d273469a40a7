using System.Text.Json;
using Bottega.Learning.Data;
using Bottega.Learning.Domain;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Learning.Features.Frameworks;

/// <summary>Loads the national frameworks shipped with Bottega (the Syllabus) into the database once.</summary>
public sealed class SyllabusSeeder
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly LearningDbContext db;

    internal SyllabusSeeder(LearningDbContext db) => this.db = db;

    public async Task<bool> EnsureAsync(CancellationToken cancellationToken)
    {
        var definition = Load();
        if (await db.Frameworks.AnyAsync(f => f.NetworkId == null && f.Code == definition.Code, cancellationToken))
        {
            return false;
        }

        var framework = CompetencyFramework.Create(null, definition.Code, definition.Name, definition.Description, definition.Source);
        framework.Levels.AddRange(definition.Levels.Select((name, i) => FrameworkLevel.Create(framework.Id, i + 1, name)));
        foreach (var (area, a) in definition.Areas.Select((area, a) => (area, a)))
        {
            var entity = CompetenceArea.Create(framework.Id, area.Code, area.Name, a + 1);
            entity.Competences.AddRange(area.Competences.Select((c, i) => Competence.Create(framework.Id, entity.Id, c.Code, c.Name, c.Description, i + 1)));
            framework.Areas.Add(entity);
        }

        db.Frameworks.Add(framework);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    internal static FrameworkDefinition Load()
    {
        using var stream = typeof(SyllabusSeeder).Assembly.GetManifestResourceStream("Bottega.Learning.Frameworks.syllabus.json")
            ?? throw new InvalidOperationException("The Syllabus definition is not embedded.");
        return JsonSerializer.Deserialize<FrameworkDefinition>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The Syllabus definition is empty.");
    }

    internal sealed record FrameworkDefinition(string Code, string Name, string Description, string Source, List<string> Levels, List<AreaDefinition> Areas);

    internal sealed record AreaDefinition(string Code, string Name, List<CompetenceDefinition> Competences);

    internal sealed record CompetenceDefinition(string Code, string Name, string Description);
}
