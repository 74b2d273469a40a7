using Bottega.Learning.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Learning.Tests;

/// <summary>Reads the demo's learning data to arrange tests.</summary>
internal static class LearningData
{
    public const string IdentityCourse = "Identità digitale e servizi online";
    public const string OpenDataCourse = "Open data nella pubblica amministrazione";

    public static Task<Guid> CourseIdAsync(this BottegaAppFactory factory, string title) =>
        factory.QueryAsync(db => db.Set<Course>().Where(c => c.Title == title).Select(c => c.Id).SingleAsync());

    public static Task<List<LearningObject>> ObjectsAsync(this BottegaAppFactory factory, Guid courseId) =>
        factory.QueryAsync(db => db.Set<LearningObject>().AsNoTracking().Where(o => o.CourseId == courseId)
            .Join(db.Set<CourseModule>(), o => o.ModuleId, m => m.Id, (o, m) => new { o, m.Position })
            .OrderBy(x => x.Position).ThenBy(x => x.o.Position).Select(x => x.o).ToListAsync());

    public static async Task<Enrolment?> EnrolmentAsync(this BottegaAppFactory factory, Guid courseId, string email)
    {
        var userId = await factory.UserIdAsync(email);
        return await factory.QueryAsync(db => db.Set<Enrolment>().AsNoTracking().SingleOrDefaultAsync(e => e.CourseId == courseId && e.UserId == userId));
    }

    public static async Task<List<HoursEntry>> HoursAsync(this BottegaAppFactory factory, string email)
    {
        var userId = await factory.UserIdAsync(email);
        return await factory.QueryAsync(db => db.Set<HoursEntry>().AsNoTracking().Where(h => h.UserId == userId).ToListAsync());
    }

    public static string CoursePath(string network, Guid courseId) => $"/reti/{network}/corsi/{courseId}";

    public static string ObjectPath(string network, Guid courseId, Guid objectId) => $"/reti/{network}/corsi/{courseId}/contenuti/{objectId}";
}
