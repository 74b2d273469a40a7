using System.Net;
using Bottega.Demo;
using Bottega.Library.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Bottega.Library.Tests.Practices;

/// <summary>Builds good practices through the pages, as their authors and reviewers do.</summary>
internal static class PracticeArrange
{
    public const string Network = DemoAccounts.Provinces;
    public static readonly string Author = DemoAccounts.TeacherOf(Network);
    public static readonly string OtherMember = DemoAccounts.ModeratorOf(Network);
    public static readonly string Admin = DemoAccounts.AdminOf(Network);

    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";

    public static Dictionary<string, string> Fields(string title, string theme = "formazione") => new()
    {
        ["Input.Title"] = title,
        ["Input.Summary"] = $"Sintesi di {title}.",
        ["Input.Problem"] = "I tempi di gara erano troppo lunghi.",
        ["Input.Solution"] = "Una centrale unica di committenza tra i comuni.",
        ["Input.Results"] = "Tempi dimezzati: da 180 a 90 giorni.",
        ["Input.Costs"] = "20.000 euro il primo anno.",
        ["Input.Contacts"] = "ufficio.gare@provincia.example",
        ["Input.Theme"] = theme,
        ["Input.Tags"] = "centrale di committenza, Gare",
    };

    /// <summary>Posts the new-case form; the new case's id when the page redirected to it, else null (the response is returned too).</summary>
    public static async Task<(Guid? Id, HttpResponseMessage Response)> CreateAsync(HttpClient client, Dictionary<string, string> fields, bool submit,
        (string Name, byte[] Content)? file = null)
    {
        var page = $"/reti/{Network}/buone-pratiche/nuova";
        var values = new Dictionary<string, string>(fields) { ["invia"] = submit ? "1" : "0" };
        var response = file is { } f
            ? await client.PostFileFormAsync(page, page, values, "Files", f.Name, f.Content)
            : await client.PostFormAsync(page, values);
        return (IdFrom(response), response);
    }

    public static Task<HttpResponseMessage> ReviewAsync(HttpClient client, Guid practiceId, bool publish, string? note) =>
        client.PostFormAsync($"/reti/{Network}/buone-pratiche/nuova", $"/reti/{Network}/gestione/buone-pratiche?handler={(publish ? "Pubblica" : "Restituisci")}",
            new Dictionary<string, string> { ["PracticeId"] = practiceId.ToString(), ["Note"] = note ?? "" });

    public static async Task<Guid> PublishedAsync(BottegaAppFactory factory, string title, string theme = "formazione")
    {
        var (id, _) = await CreateAsync(factory.ClientFor(Author), Fields(title, theme), submit: true);
        var review = await ReviewAsync(factory.ClientFor(Admin), id!.Value, publish: true, null);
        if (review.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Publishing answered {(int)review.StatusCode}");
        }

        return id.Value;
    }

    /// <summary>The page's text as a reader sees it (entities decoded).</summary>
    public static async Task<string> TextAsync(this HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    public static Task<GoodPractice> ReloadAsync(this BottegaAppFactory factory, Guid id) =>
        factory.QueryAsync(db => db.Set<GoodPractice>().IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == id));

    public static Task<int> CountTitledAsync(this BottegaAppFactory factory, string title) =>
        factory.QueryAsync(db => db.Set<GoodPractice>().IgnoreQueryFilters().CountAsync(p => p.Title == title));

    public static List<MimeMessage> MailsTo(this BottegaAppFactory factory, string to) =>
        !Directory.Exists(factory.MailFolder)
            ? []
            : Directory.GetFiles(factory.MailFolder, "*.eml").Select(f => MimeMessage.Load(f))
                .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, to, StringComparison.OrdinalIgnoreCase))).ToList();

    private static Guid? IdFrom(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString;
        return response.StatusCode == HttpStatusCode.Redirect && location is not null && Guid.TryParse(location[(location.LastIndexOf('/') + 1)..], out var id) ? id : null;
    }
}
