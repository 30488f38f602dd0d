using System.Net.Http.Headers;
using System.Text;
using Azure.Storage.Blobs;
using Cooperation.GraphQL.Tests.Documents;

namespace Cooperation.GraphQL.Tests.Http;

/// <summary>
/// Per-person budgets: beyond its burst, or with too many requests at once, a person gets 429 with <c>Retry-After</c>
/// and <c>RATE_LIMITED</c>, while other people, the signed-out and the photos keep their own budgets.
/// </summary>
/// <remarks>Each test starts a host of its own with tiny budgets, so that no other test spends them.</remarks>
public sealed class RequestLimitTests : IAsyncLifetime
{
    private const string Limits = "Cooperation:Api:RequestLimits:";
    private const string Typename = "{ __typename }";

    private readonly List<string> _containers = [];
    private readonly List<ApiHost> _hosts = [];

    /// <summary>The fourth request of a burst of three: 429, a whole number of seconds to wait, the code and both languages; the others go on.</summary>
    [Fact]
    public async Task Person_BeyondTheBurst_429WithRetryAfter()
    {
        var http = (await StartAsync(new() { [Limits + "Person:PerMinute"] = "1", [Limits + "Person:Burst"] = "3" })).Http;
        var (marc, _) = await http.SignInAsync(People.BesanconNorth);
        var (sophie, _) = await http.SignInAsync(People.ChalonNorth);

        var served = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
            served.Add((await http.PostGraphQLAsync(Typename, null, marc)).Status);
        using var refused = await PostAsync(http, Typename, marc);
        var other = await http.PostGraphQLAsync(Typename, null, sophie);
        var anonymous = await http.PostGraphQLAsync(Typename);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], served);
        await AssertRateLimitedAsync(refused);
        Assert.True(int.Parse(refused.Headers.RetryAfter!.ToString()) >= 1, refused.Headers.RetryAfter.ToString());
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (other.Status, anonymous.Status));
    }

    /// <summary>Signed out, the budget is the address's (sign-ins included); a signed-in person from the same address is not held back.</summary>
    [Fact]
    public async Task Address_BeyondTheBurst_429ButSignedInServed()
    {
        var http = (await StartAsync(new() { [Limits + "Address:PerMinute"] = "1", [Limits + "Address:Burst"] = "3" })).Http;
        var (marc, _) = await http.SignInAsync(People.BesanconNorth);

        var served = new List<HttpStatusCode>();
        for (var i = 0; i < 2; i++)
            served.Add((await http.GetGraphQLAsync(Typename)).Status);
        using var refused = await PostAsync(http, Typename, null);
        var signedIn = await http.PostGraphQLAsync(Typename, null, marc);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], served);
        await AssertRateLimitedAsync(refused);
        Assert.Equal(HttpStatusCode.OK, signedIn.Status);
    }

    /// <summary>
    /// One request at a time, none waiting: while one is held open (its body not sent yet, the server waiting for it), the
    /// same person's next one gets 429 at once; another person does not; once the first ends, the next is served.
    /// </summary>
    [Fact]
    public async Task Person_TooManyAtOnce_429UntilOneEnds()
    {
        var host = await StartAsync(new() { [Limits + "Person:Concurrent"] = "1", [Limits + "Person:Queued"] = "0" });
        var (marc, _) = await host.Http.SignInAsync(People.BesanconNorth);
        var (sophie, _) = await host.Http.SignInAsync(People.ChalonNorth);
        var body = Encoding.UTF8.GetBytes("""{"query":"{ __typename }"}""");
        await using var held = await RawHttpConnection.OpenAsync(host.Address);

        // "Expect: 100-continue": the server answers 100 only when the endpoint starts reading the body, past the limiter.
        var waiting = await held.ExchangeAsync(Encoding.ASCII.GetBytes(
            $"POST /graphql HTTP/1.1\r\nHost: {host.Address.Authority}\r\nContent-Type: application/json\r\nAccept: application/json\r\n" +
            $"Authorization: Bearer {marc}\r\nContent-Length: {body.Length}\r\nExpect: 100-continue\r\n\r\n"));
        using var refused = await PostAsync(host.Http, Typename, marc);
        var other = await host.Http.PostGraphQLAsync(Typename, null, sophie);
        var first = await held.ExchangeAsync(body);
        var after = await host.Http.PostGraphQLAsync(Typename, null, marc);

        Assert.Equal(100, waiting.Status);
        await AssertRateLimitedAsync(refused);
        Assert.Equal("1", refused.Headers.RetryAfter!.ToString());
        Assert.Equal((HttpStatusCode.OK, 200, HttpStatusCode.OK), (other.Status, first.Status, after.Status));
    }

    /// <summary>Photo blocks have their own budget: spent, the blocks get 429 and the same person's GraphQL is still served.</summary>
    [Fact]
    public async Task Uploads_BudgetOfTheirOwn_GraphQLStillServed()
    {
        var http = (await StartAsync(new() { [Limits + "Uploads:PerMinute"] = "1", [Limits + "Uploads:Burst"] = "1" })).Http;
        var (sophie, _) = await http.SignInAsync(People.ChalonNorth);

        using var first = await PutBlockAsync(http, sophie);
        using var second = await PutBlockAsync(http, sophie);
        var graphql = await http.PostGraphQLAsync(Typename, null, sophie);

        Assert.NotEqual(HttpStatusCode.TooManyRequests, first.StatusCode);
        await AssertRateLimitedAsync(second, "application/json");
        Assert.Equal(HttpStatusCode.OK, graphql.Status);
    }

    /// <summary>
    /// Six requests at a time from one signed-in person, each the 4,000-field document, until an anonymous directory read
    /// sent meanwhile is answered (at most 300 each): every answer is the document limit's 400 or a 429, never data;
    /// the directory read gets its partnerships. With the default budgets.
    /// </summary>
    [Fact]
    public async Task Flood_4000FieldsFromOnePerson_ClearErrorsAndDirectoryServed()
    {
        const int Senders = 6, MaxEach = 300;
        var http = (await StartAsync([])).Http;
        var (marc, _) = await http.SignInAsync(People.BesanconNorth);
        var document = HeavyDocuments.RepeatedField(4_000);
        var firstAnswer = new TaskCompletionSource();
        var read = new TaskCompletionSource();
        var answers = new System.Collections.Concurrent.ConcurrentBag<(HttpStatusCode Status, string? Code, bool HasData)>();

        var senders = Enumerable.Range(0, Senders).Select(_ => Task.Run(async () =>
        {
            var sent = 0;
            for (; sent < MaxEach && !read.Task.IsCompleted; sent++)
            {
                var (status, body) = await http.PostGraphQLAsync(document, null, marc);
                answers.Add((status, body.ErrorCode(), body.ContainsKey("data")));
                firstAnswer.TrySetResult();
            }
            return sent;
        })).ToList();
        await firstAnswer.Task;
        var (directoryStatus, directory) = await http.GetDocumentAsync(ClientDocuments.IdOf("Directory"));
        read.SetResult();
        var sentEach = await Task.WhenAll(senders);

        TestContext.Current.SendDiagnosticMessage(string.Join(", ", answers.GroupBy(a => (a.Status, a.Code)).Select(g => $"{(int)g.Key.Status} {g.Key.Code}: {g.Count()}")));
        Assert.Equal(HttpStatusCode.OK, directoryStatus);
        Assert.Equal(5, directory["data"]!["partnerships"]!["totalCount"]!.GetValue<int>());
        Assert.All(answers, a => Assert.Contains((a.Status, a.Code, a.HasData),
            new (HttpStatusCode, string?, bool)[] { (HttpStatusCode.BadRequest, "DOCUMENT_TOO_LARGE", false), (HttpStatusCode.TooManyRequests, "RATE_LIMITED", false) }));
        Assert.All(sentEach, n => Assert.True(n < MaxEach, "the flood ended before the directory read was answered"));
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
            await host.DisposeAsync();
        var storage = new BlobServiceClient(ApiHost.StorageConnection);
        foreach (var container in _containers)
        {
            await storage.GetBlobContainerClient(container).DeleteIfExistsAsync();
            await storage.GetBlobContainerClient(ApiHost.AttachmentsContainerOf(container)).DeleteIfExistsAsync();
        }
    }

    private async Task<ApiHost> StartAsync(Dictionary<string, string?> settings)
    {
        var container = $"limits-{Guid.NewGuid():N}";
        _containers.Add(container);
        var host = await ApiHost.StartAsync(container, settings);
        _hosts.Add(host);
        return host;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, string query, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = System.Net.Http.Json.JsonContent.Create(new { query }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLClient.GraphQLResponseJson));
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task<HttpResponseMessage> PutBlockAsync(HttpClient http, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/uploads/e-administration-plateau/photo-{Guid.NewGuid():N}/blocks/0") { Content = new ByteArrayContent(new byte[16]) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task AssertRateLimitedAsync(HttpResponseMessage response, string mediaType = GraphQLClient.GraphQLResponseJson)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!.AsObject();
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        Assert.Equal("RATE_LIMITED", body.ErrorCode());
        Assert.Contains("Trop de requêtes : réessayez dans", body.ErrorMessage());
        Assert.Contains("Too many requests: try again in", body.ErrorMessage());
        Assert.False(body.ContainsKey("data"));
    }
}
