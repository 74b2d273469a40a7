using System.Net.Http.Headers;

namespace Bottega.Testing;

/// <summary>Posts a form with a file the way a browser does (antiforgery token from the page, multipart body).</summary>
public static class Multipart
{
    public static async Task<HttpResponseMessage> PostFileFormAsync(this HttpClient client, string pageUrl, string action, IDictionary<string, string> fields,
        string fileField, string fileName, byte[] content)
    {
        var document = await client.GetDocumentAsync(pageUrl);
        var token = document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {pageUrl}");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, fileField, fileName);
        return await client.PostAsync(new Uri(action, UriKind.Relative), form);
    }
}
