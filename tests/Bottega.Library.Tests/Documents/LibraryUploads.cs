using System.Net;
using Bottega.Testing;
using Xunit;

namespace Bottega.Library.Tests.Documents;

/// <summary>Publishing through the upload page, as a browser does.</summary>
internal static class LibraryUploads
{
    public static Dictionary<string, string> Fields(string title, string visibility = "Network", string tags = "") => new()
    {
        ["Input.Title"] = title,
        ["Input.Description"] = "Documento di prova",
        ["Input.Kind"] = "Template",
        ["Input.Licence"] = "CcBy40",
        ["Input.Visibility"] = visibility,
        ["Input.Tags"] = tags,
        ["note"] = "Prima versione",
    };

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string fileName, byte[] content, Dictionary<string, string>? fields = null)
    {
        var page = $"/reti/{LibraryPeople.Network}/biblioteca/nuovo";
        return client.PostFileFormAsync(page, page, fields ?? Fields("Documento " + fileName), "file", fileName, content);
    }

    public static async Task<Guid> PublishAsync(HttpClient client, string fileName, byte[] content, Dictionary<string, string>? fields = null)
    {
        var response = await PostAsync(client, fileName, content, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    public static async Task<string> RefusalAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.ParseAsync();
        return document.QuerySelector(".alert-danger")?.TextContent.Trim() ?? "";
    }
}
