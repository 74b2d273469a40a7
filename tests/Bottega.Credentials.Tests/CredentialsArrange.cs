using Bottega.Credentials.Domain;
using Bottega.Learning.Domain;
using Bottega.Learning.Objects;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Credentials.Tests;

/// <summary>A published one-page course offered by a network, with the network's badge for it.</summary>
internal sealed record BadgedCourse(Guid CourseId, Guid PageId, Guid AchievementId, string Slug);

internal static class CredentialsArrange
{
    public static async Task<BadgedCourse> BadgedCourseAsync(BottegaAppFactory factory, string slug, int? validityMonths = null)
    {
        var network = await factory.NetworkAsync(slug);
        await using var db = factory.Open();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(-1);
        var title = "Corso con badge " + Guid.NewGuid().ToString("N")[..6];
        var course = Course.Create(network.Id, title, now);
        course.Publish(now);
        var module = CourseModule.Create(course.Id, "Modulo", 1);
        var page = LearningObject.Create(course.Id, module.Id, LearningObjectKind.Page, "Pagina", 1, true, 5,
            ObjectContent.Write(new PageContent { Markdown = "Testo" }));
        var achievement = Achievement.Create(network.Id, AchievementKind.Course, course.Id, null, title, "Descrizione del badge.",
            "Completare il corso.", now);
        achievement.Update(title, "Descrizione del badge.", "Completare il corso.", "#0066cc", validityMonths, issueOnCompletion: true);
        achievement.Alignments.Add(AchievementAlignment.Create(Guid.NewGuid(), "4.1", "Conoscere l'identità digitale", "Syllabus", "SPID e CIE."));
        db.AddRange(course, CourseOffering.Create(network.Id, course.Id, now), module, page, achievement);
        await db.SaveChangesAsync();
        return new BadgedCourse(course.Id, page.Id, achievement.Id, slug);
    }

    /// <summary>Enrols and completes the course through the pages, then delivers the completion as the background worker would.</summary>
    public static async Task CompleteAsync(BottegaAppFactory factory, BadgedCourse course, string email)
    {
        var client = factory.ClientFor(email);
        var coursePath = $"/reti/{course.Slug}/corsi/{course.CourseId}";
        (await client.PostFormAsync(coursePath, coursePath + "?handler=Enrol", new Dictionary<string, string>())).Dispose();
        var objectPath = $"{coursePath}/contenuti/{course.PageId}";
        (await client.PostFormAsync(objectPath, objectPath + "?handler=Acknowledge", new Dictionary<string, string> { ["seconds"] = "20" })).Dispose();
        await factory.DeliverOutboxAsync();
    }

    /// <summary>A new badged course completed by the person: their credential for it.</summary>
    public static async Task<Credential> IssuedAsync(BottegaAppFactory factory, string slug, string email)
    {
        var course = await BadgedCourseAsync(factory, slug);
        await CompleteAsync(factory, course, email);
        return await factory.QueryAsync(db => db.Set<Credential>().IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.AchievementId == course.AchievementId));
    }
}
