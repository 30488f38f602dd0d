using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Cooperation.FieldAgent;

namespace Cooperation.Benchmarks;

/// <summary>
/// A signed-in person sending the web client's documents as it sends them: queries by GET with the document id and
/// the variables in the URL, mutations by POST with the document id; GraphQL text only for what the web client never
/// sends (the benchmark's own seeding).
/// </summary>
public sealed class Member(HttpClient http, ClientOperations operations, string accessToken) : IDisposable
{
    public const string ResponseType = "application/graphql-response+json";

    public HttpClient Http => http;

    public string AccessToken => accessToken;

    /// <summary>The URL of a query as the web client GETs it.</summary>
    public string QueryPath(string operation, JsonObject variables) =>
        $"/graphql?documentId={Uri.EscapeDataString(operations.IdOf(operation))}&variables={Uri.EscapeDataString(variables.ToJsonString())}";

    /// <summary>A GET of <paramref name="path"/> with the web client's headers (no compression asked: the load figures compare servers, not Brotli).</summary>
    public HttpRequestMessage Get(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(ResponseType));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return request;
    }

    /// <summary>A mutation by document id, as the web client POSTs it.</summary>
    public HttpRequestMessage Mutation(string operation, JsonObject variables) =>
        Post(new JsonObject { ["documentId"] = operations.IdOf(operation), ["variables"] = variables });

    /// <summary>Runs a query by GET; the answer's data, or an exception naming its errors.</summary>
    public async Task<JsonObject> QueryAsync(string operation, JsonObject variables) => await SendAsync(Get(QueryPath(operation, variables)));

    /// <summary>Runs a mutation by document id; the answer's data, or an exception naming its errors.</summary>
    public async Task<JsonObject> MutateAsync(string operation, JsonObject variables) => await SendAsync(Mutation(operation, variables));

    /// <summary>Runs GraphQL text (allowed to signed-in people); the answer's data, or an exception naming its errors.</summary>
    public async Task<JsonObject> TextAsync(string query, JsonObject variables) =>
        await SendAsync(Post(new JsonObject { ["query"] = query, ["variables"] = variables }));

    private HttpRequestMessage Post(JsonObject body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(ResponseType));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return request;
    }

    private async Task<JsonObject> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await http.SendAsync(request);
            var answer = JsonNode.Parse(await FieldAgentClient.ReadTextAsync(response, CancellationToken.None))!.AsObject();
            if (answer["errors"] is JsonArray { Count: > 0 } errors || answer["data"] is not JsonObject)
                throw new FieldAgentException($"{request.Method} {request.RequestUri}: {(int)response.StatusCode} {answer["errors"]?.ToJsonString()}");
            return answer["data"]!.AsObject();
        }
    }

    public void Dispose() => http.Dispose();
}
