using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Cooperation.FieldAgent;

namespace Cooperation.Testing;

/// <summary>
/// One phone of the crash drill: it plans milestones one after the other, each with an action id of its own, notes
/// which the server acknowledged, and stops at the first cut (the host killed under it), as a phone goes offline.
/// It sends what the web client sends: the registered operations, by id. Also the few requests the drill makes
/// besides: sign-in, a photo, the milestones read back.
/// </summary>
public sealed class CrashClient(string prefix)
{
    private static readonly Lazy<ClientOperations> Operations = new(() =>
        ClientOperations.Load(Path.Combine(EmbeddedApi.RepositoryRoot(), "web-client", "persisted-documents.json")));

    private readonly List<string> _sent = [];
    private readonly List<string> _acknowledged = [];

    /// <summary>Every action id this client sent, acknowledged or not, in order.</summary>
    public IReadOnlyList<string> Sent => _sent;

    /// <summary>The action ids whose answer came back with the milestone: the phone dropped them from its outbox.</summary>
    public IReadOnlyList<string> Acknowledged => _acknowledged;

    /// <summary>The title of the milestone action <paramref name="actionId"/> plans: how it is found again after the crash.</summary>
    public static string Title(string actionId) => $"Jalon {actionId}";

    /// <summary>Plans milestones until a request fails to get an answer; <paramref name="acknowledged"/> runs after each acknowledgement.</summary>
    public async Task SendUntilCutAsync(Uri host, string token, Action acknowledged, CancellationToken cancellationToken)
    {
        using var http = Http(host);
        for (var n = 0; ; n++)
        {
            var id = $"{prefix}-{n}";
            _sent.Add(id);
            JsonNode? answer;
            try
            {
                answer = await PlanAsync(http, token, id, cancellationToken);
            }
            catch (Exception exception) when (exception is HttpRequestException or IOException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                return;
            }
            if (answer?["data"]?["planMilestone"]?["milestone"]?["id"] is not null && answer["errors"] is null)
            {
                _acknowledged.Add(id);
                acknowledged();
            }
        }
    }

    /// <summary>Sends every action again, same ids, as a phone replays its outbox; how many were not acknowledged this time.</summary>
    public async Task<int> ReplayAsync(Uri host, string token, CancellationToken cancellationToken)
    {
        using var http = Http(host);
        var refused = 0;
        foreach (var id in _sent)
        {
            var answer = await PlanAsync(http, token, id, cancellationToken);
            if (answer?["data"]?["planMilestone"]?["milestone"]?["id"] is null)
                refused++;
        }
        return refused;
    }

    /// <summary>
    /// Sends the action <paramref name="id"/> once: true when its milestone came back, false when the request failed or
    /// was answered with an error (a silo going down under it). The caller retries with the same id, as the outbox does.
    /// </summary>
    public static async Task<bool> TryPlanAsync(Uri host, string token, string id, CancellationToken cancellationToken)
    {
        using var http = Http(host);
        try
        {
            var answer = await PlanAsync(http, token, id, cancellationToken);
            return answer?["data"]?["planMilestone"]?["milestone"]?["id"] is not null && answer["errors"] is null;
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or TaskCanceledException or System.Text.Json.JsonException
            && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public static async Task<string> SignInAsync(Uri host, string email, string password, CancellationToken cancellationToken)
    {
        using var http = Http(host);
        var answer = await PostAsync(http, null, new JsonObject
        {
            ["documentId"] = Operations.Value.SignIn,
            ["variables"] = new JsonObject { ["input"] = new JsonObject { ["clientMutationId"] = $"signin-{Guid.NewGuid():N}", ["email"] = email, ["password"] = password } },
        }, cancellationToken);
        return answer?["data"]?["signIn"]?["accessToken"]?.GetValue<string>()
            ?? throw new InvalidOperationException($"Sign-in of {email} failed: {answer?.ToJsonString()}");
    }

    /// <summary>Whether <paramref name="token"/> still opens a session (the viewer is known).</summary>
    public static async Task<bool> SignedInAsync(Uri host, string token, CancellationToken cancellationToken)
    {
        using var http = Http(host);
        var answer = await PostAsync(http, token, "{ viewer { email } }", null, cancellationToken);
        return answer?["data"]?["viewer"]?["email"] is not null;
    }

    /// <summary>How many milestones of <paramref name="partnership"/> carry each title.</summary>
    public static async Task<Dictionary<string, int>> MilestoneTitlesAsync(Uri host, string token, string partnership, CancellationToken cancellationToken)
    {
        using var http = Http(host);
        var answer = await PostAsync(http, token, "query($p: ID!) { partnership(id: $p) { milestones { title } } }", null, cancellationToken, new JsonObject { ["p"] = partnership });
        var milestones = answer?["data"]?["partnership"]?["milestones"]?.AsArray()
            ?? throw new InvalidOperationException($"Reading the milestones failed: {answer?.ToJsonString()}");
        return milestones.GroupBy(m => m!["title"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.Count());
    }

    /// <summary>
    /// Announces a photo of <paramref name="partnership"/>'s first report, sends its 32 KB blocks and commits it:
    /// acknowledged once the commit answers <c>COMMITTED</c>.
    /// </summary>
    public static async Task UploadReportPhotoAsync(Uri host, string token, string partnership, string uploadId, byte[] photo, CancellationToken cancellationToken)
    {
        using var http = Http(host);
        var reports = await PostAsync(http, token, "query($p: ID!) { partnership(id: $p) { reports { id } } }", null, cancellationToken, new JsonObject { ["p"] = partnership });
        var reportId = reports?["data"]?["partnership"]?["reports"]?[0]?["id"]?.GetValue<string>()
            ?? throw new InvalidOperationException($"No report to attach a photo to: {reports?.ToJsonString()}");
        await RequireAsync(http, token, "announceUpload", new JsonObject
        {
            ["clientMutationId"] = $"announce-{uploadId}", ["partnershipId"] = partnership, ["uploadId"] = uploadId,
            ["contentType"] = "image/jpeg", ["size"] = photo.Length, ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(photo)), ["reportId"] = reportId,
        }, cancellationToken);
        var blocks = photo.Chunk(32_768).ToArray();
        for (var i = 0; i < blocks.Length; i++)
        {
            using var put = new HttpRequestMessage(HttpMethod.Put, $"/uploads/{partnership}/{uploadId}/blocks/{i}") { Content = new ByteArrayContent(blocks[i]) };
            put.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            put.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await http.SendAsync(put, cancellationToken);
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"Block {i} refused: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
        var committed = await RequireAsync(http, token, "commitUpload",
            new JsonObject { ["clientMutationId"] = $"commit-{uploadId}", ["partnershipId"] = partnership, ["uploadId"] = uploadId }, cancellationToken);
        if (committed["upload"]?["status"]?.GetValue<string>() != "COMMITTED")
            throw new InvalidOperationException($"The photo was not committed: {committed.ToJsonString()}");
    }

    /// <summary>The photo's bytes as a member downloads them, or null when it cannot be read.</summary>
    public static async Task<byte[]?> ReadPhotoAsync(Uri host, string token, string partnership, string uploadId, CancellationToken cancellationToken)
    {
        using var http = Http(host);
        using var get = new HttpRequestMessage(HttpMethod.Get, $"/uploads/{partnership}/{uploadId}");
        get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(get, cancellationToken);
        return response.IsSuccessStatusCode ? await response.Content.ReadAsByteArrayAsync(cancellationToken) : null;
    }

    // The same input every time an id is sent: a replay is the same action, not a new one.
    private static Task<JsonNode?> PlanAsync(HttpClient http, string token, string id, CancellationToken cancellationToken) =>
        PostAsync(http, token, new JsonObject
        {
            ["documentId"] = Operations.Value.IdOf("PlanMilestone"),
            ["variables"] = new JsonObject
            {
                ["input"] = new JsonObject
                {
                    ["clientMutationId"] = id, ["partnershipId"] = CrashDrill.Partnership, ["title"] = Title(id), ["side"] = "NORTH", ["dueOn"] = "2027-06-30",
                },
            },
        }, cancellationToken);

    private static async Task<JsonNode> RequireAsync(HttpClient http, string token, string mutation, JsonObject input, CancellationToken cancellationToken)
    {
        var type = char.ToUpperInvariant(mutation[0]) + mutation[1..];
        var answer = await PostAsync(http, token, $"mutation($i: {type}Input!) {{ {mutation}(input: $i) {{ clientMutationId upload {{ status }} }} }}", input, cancellationToken);
        return answer?["data"]?[mutation] is { } payload && answer["errors"] is null
            ? payload
            : throw new InvalidOperationException($"{mutation} failed: {answer?.ToJsonString()}");
    }

    private static Task<JsonNode?> PostAsync(
        HttpClient http, string? token, string query, JsonObject? input, CancellationToken cancellationToken, JsonObject? variables = null) =>
        PostAsync(http, token, new JsonObject { ["query"] = query, ["variables"] = variables ?? (input is null ? [] : new JsonObject { ["i"] = input }) }, cancellationToken);

    private static async Task<JsonNode?> PostAsync(HttpClient http, string? token, JsonObject body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
    }

    // One connection pool per phone; a bound on every request, never an open-ended wait.
    private static HttpClient Http(Uri host) => new() { BaseAddress = host, Timeout = TimeSpan.FromSeconds(60) };
}
