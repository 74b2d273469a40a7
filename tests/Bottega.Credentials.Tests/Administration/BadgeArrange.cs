using System.Net.Http.Headers;
using Bottega.Credentials.Domain;
using Bottega.Demo;
using Bottega.Learning.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;

namespace Bottega.Credentials.Tests.Administration;

/// <summary>Arranges achievements straight in the database, and posts forms with a file the way a browser does.</summary>
internal static class BadgeArrange
{
    public const string Network = DemoAccounts.Federation;
    public const string DemoCourseTitle = "Identità digitale e servizi online";

    public static string Base(string slug = Network) => $"/reti/{slug}/gestione/badge";

    public static async Task<Guid> DemoCourseAsync(BottegaAppFactory factory)
    {
        var network = await factory.NetworkAsync(Network);
        return await factory.QueryAsync(db => db.Set<Course>().Where(c => c.NetworkId == network.Id && c.Title == DemoCourseTitle).Select(c => c.Id).SingleAsync());
    }

    public static async Task<Guid> AchievementAsync(BottegaAppFactory factory, string slug = Network)
    {
        var network = await factory.NetworkAsync(slug);
        await using var db = factory.Open();
        var achievement = Achievement.Create(network.Id, AchievementKind.Course, Guid.CreateVersion7(), null, "Badge di prova " + Guid.NewGuid().ToString("N")[..6],
            "Per le prove.", "Completare il corso.", TimeProvider.System.GetUtcNow().UtcDateTime);
        db.Add(achievement);
        await db.SaveChangesAsync();
        return achievement.Id;
    }

    public static Task<List<Credential>> CredentialsAsync(BottegaAppFactory factory, Guid achievementId) =>
        factory.QueryAsync(db => db.Set<Credential>().IgnoreQueryFilters().AsNoTracking().Where(c => c.AchievementId == achievementId).ToListAsync());

    public static async Task<HttpResponseMessage> PostFileFormAsync(this HttpClient client, string pageUrl, string action, string fileField, string fileName,
        byte[] content)
    {
        var document = await client.GetDocumentAsync(pageUrl);
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {pageUrl}");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, fileField, fileName);
        return await client.PostAsync(new Uri(action, UriKind.Relative), form);
    }
}
