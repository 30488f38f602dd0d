using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Cooperation.GraphQL.Tests.Fixtures;

/// <summary>How a client talks to <c>/graphql</c>: POST JSON or GET with the query in the URL.</summary>
public static class GraphQLClient
{
    public const string GraphQLResponseJson = "application/graphql-response+json";

    public static async Task<(HttpStatusCode Status, JsonObject Body)> PostGraphQLAsync(this HttpClient http, string query, object? variables = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        return await SendAsync(http, request, token);
    }

    public static async Task<(HttpStatusCode Status, JsonObject Body)> GetGraphQLAsync(this HttpClient http, string query, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
        return await SendAsync(http, request, token);
    }

    /// <summary>Signs a demo person in and returns the session's tokens.</summary>
    public static async Task<(string AccessToken, string RefreshToken)> SignInAsync(this HttpClient http, string email, string password = ApiHost.DemoPassword)
    {
        var (status, body) = await http.PostGraphQLAsync(
            "mutation($i: SignInInput!) { signIn(input: $i) { accessToken refreshToken } }",
            new { i = new { clientMutationId = $"signin-{Guid.NewGuid():N}", email, password } });
        var session = body["data"]?["signIn"] ?? throw new InvalidOperationException($"Sign-in of {email} failed ({status}): {body.ToJsonString()}");
        return (session["accessToken"]!.GetValue<string>(), session["refreshToken"]!.GetValue<string>());
    }

    /// <summary>The <c>extensions.code</c> of the first error.</summary>
    public static string? ErrorCode(this JsonObject body) => body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    public static string? ErrorMessage(this JsonObject body) => body["errors"]?[0]?["message"]?.GetValue<string>();

    private static async Task<(HttpStatusCode, JsonObject)> SendAsync(HttpClient http, HttpRequestMessage request, string? token)
    {
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLResponseJson));
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var body = JsonNode.Parse(text) as JsonObject ?? throw new JsonException($"Not a JSON object: {text}");
        return (response.StatusCode, body);
    }
}
