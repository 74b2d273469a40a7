using System.Net;

namespace Bottega.Testing;

public static class Responses
{
    /// <summary>Forbidden: a 403, or the cookie scheme's redirect to the access-denied page.</summary>
    public static bool IsDenied(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/accesso-negato", StringComparison.Ordinal) == true);
    }

    /// <summary>Not signed in: the redirect to the sign-in page.</summary>
    public static bool IsSignInChallenge(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.StatusCode == HttpStatusCode.Redirect
            && response.Headers.Location?.OriginalString.Contains("/account/accedi", StringComparison.Ordinal) == true;
    }

    public static Task<HttpResponseMessage> GetAsync(this HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.GetAsync(new Uri(url, UriKind.Relative));
    }
}
