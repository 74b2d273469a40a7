using System.Net;
using AngleSharp.Html.Dom;
using Bottega.Learning.Domain;
using Bottega.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Bottega.Learning.Tests.Authoring;

/// <summary>Course authoring through the real pages, as a teacher's browser does it.</summary>
internal static class Authoring
{
    public static string Courses(string network) => $"/reti/{network}/gestione/corsi";

    public static string Editor(string network, Guid courseId) => $"/reti/{network}/gestione/corsi/{courseId}";

    public static async Task<Guid> CreateCourseAsync(HttpClient client, string network, string title)
    {
        var response = await client.PostFormAsync(Courses(network), new Dictionary<string, string> { ["NewTitle"] = title });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/', '?')[^1]);
    }

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string network, Guid courseId, string handler, Dictionary<string, string>? fields = null) =>
        client.PostFormAsync(Editor(network, courseId), $"{Editor(network, courseId)}?handler={handler}", fields ?? []);

    public static Task<HttpResponseMessage> DescribeAsync(HttpClient client, string network, Guid courseId, string title, string description, decimal hours = 4) =>
        PostAsync(client, network, courseId, "Describe", new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Summary"] = "Sommario di prova",
            ["Input.Description"] = description,
            ["Input.Hours"] = hours.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Level"] = "1",
            ["Input.Language"] = "it",
            ["Input.Format"] = "SelfPaced",
            ["Input.MinimumMinutes"] = "0",
        });

    /// <summary>Adds a module and a required Markdown page in it; returns the module id.</summary>
    public static async Task<Guid> AddModuleWithPageAsync(BottegaAppFactory factory, HttpClient client, string network, Guid courseId, string moduleTitle = "Primo modulo")
    {
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, network, courseId, "AddModule", new() { ["title"] = moduleTitle })).StatusCode);
        var moduleId = await factory.QueryAsync(db => db.Set<CourseModule>().Where(m => m.CourseId == courseId && m.Title == moduleTitle)
            .Select(m => m.Id).SingleAsync());
        var url = $"{Editor(network, courseId)}/contenuti?modulo={moduleId}&tipo=Page";
        var response = await client.PostFormAsync(url, new Dictionary<string, string>
        {
            ["Input.Title"] = "Introduzione",
            ["Input.Minutes"] = "10",
            ["Input.Required"] = "true",
            ["Input.Markdown"] = "Benvenuti nel corso.",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return moduleId;
    }

    public static async Task<Guid> PublishedCourseAsync(BottegaAppFactory factory, HttpClient client, string network, string title, decimal hours = 4)
    {
        var id = await CreateCourseAsync(client, network, title);
        Assert.Equal(HttpStatusCode.Redirect, (await DescribeAsync(client, network, id, title, "Descrizione del corso.", hours)).StatusCode);
        await AddModuleWithPageAsync(factory, client, network, id);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, network, id, "Publish")).StatusCode);
        return id;
    }

    /// <summary>Posts a multipart form (with the page's antiforgery token) carrying one file.</summary>
    public static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, string pageUrl, string action, Dictionary<string, string> fields, string fileField,
        string fileName, byte[] content)
    {
        var document = await client.GetDocumentAsync(pageUrl);
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (key, value) in fields)
        {
            form.Add(new StringContent(value), key);
        }

        var file = new ByteArrayContent(content);
        form.Add(file, fileField, fileName);
        return await client.PostAsync(new Uri(action, UriKind.Relative), form);
    }

    public static async Task<string> MessageAfterAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        return page.Body!.TextContent;
    }

    public static string Text(this IHtmlDocument document) => document.Body!.TextContent;
}
