using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Cooperation.GraphQL.Tests.Documents;

/// <summary>Requests by persisted-document id, as the web client sends them.</summary>
public static class DocumentRequests
{
    public static async Task<(HttpStatusCode Status, JsonObject Body)> PostDocumentAsync(
        this HttpClient http, string documentId, object? variables = null, string? token = null, string? query = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { documentId, query, variables }),
        };
        return await SendAsync(http, request, token);
    }

    public static async Task<(HttpStatusCode Status, JsonObject Body)> GetDocumentAsync(this HttpClient http, string documentId, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?documentId=" + Uri.EscapeDataString(documentId));
        return await SendAsync(http, request, token);
    }

    private static async Task<(HttpStatusCode, JsonObject)> SendAsync(HttpClient http, HttpRequestMessage request, string? token)
    {
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLClient.GraphQLResponseJson));
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, JsonNode.Parse(text)!.AsObject());
    }
}
