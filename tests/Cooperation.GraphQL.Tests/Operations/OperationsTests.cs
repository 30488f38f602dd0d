using System.Diagnostics;
using System.Net.Http.Headers;
using Azure.Storage.Blobs;
using Cooperation.GraphQL.Hosting;
using Cooperation.Silo.Operations;
using OpenTelemetry.Trace;

namespace Cooperation.GraphQL.Tests.Operations;

/// <summary>
/// What the people running the service rely on: the health probes, the cluster dashboard kept for administrators,
/// and request and grain call spans. A host of its own, with the dashboard on and spans kept in memory.
/// </summary>
public sealed class OperationsTests : IAsyncLifetime
{
    private readonly string _container = $"ops-{Guid.NewGuid():N}";
    private readonly List<Activity> _spans = [];
    private ApiHost? _host;

    private HttpClient Http => _host!.Http;

    [Fact]
    public async Task Live_AndReady_OnceTheSiloJoinedAndStorageAnswers()
    {
        var live = await Http.GetAsync("/health/live", TestContext.Current.CancellationToken);
        var ready = await Http.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        var body = await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("\"cluster\"", body);
        Assert.Contains("\"storage\"", body);
        Assert.DoesNotContain("AccountKey", body);
        Assert.DoesNotContain(_container, body);
    }

    [Fact]
    public async Task Dashboard_Anonymous_401()
    {
        var response = await Http.GetAsync(OperationsExtensions.DashboardPath + "/", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("UNAUTHENTICATED", body);
    }

    [Fact]
    public async Task Dashboard_PartnershipMember_403InBothLanguages()
    {
        var response = await GetDashboardAsync(People.BesanconNorth);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("administrateurs", body);
        Assert.Contains("administrators", body);
    }

    [Fact]
    public async Task Dashboard_Administrator_Served()
    {
        var response = await GetDashboardAsync(People.Administrator);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>One GraphQL request leaves a server span and the spans of the grain calls it made.</summary>
    [Fact]
    public async Task GraphQLRequest_LeavesRequestAndGrainCallSpans()
    {
        await Http.GetGraphQLAsync("{ partnerships { totalCount } }");

        bool Seen(Func<Activity, bool> match) { lock (_spans) return _spans.Any(match); }
        for (var i = 0; i < 100 && !(Seen(IsGraphQLRequest) && Seen(IsGrainCall)); i++)
            await Task.Delay(50, TestContext.Current.CancellationToken);

        Assert.True(Seen(IsGraphQLRequest));
        Assert.True(Seen(IsGrainCall));
    }

    private static bool IsGraphQLRequest(Activity span) =>
        span.Source.Name == "Microsoft.AspNetCore" && span.GetTagItem("url.path") is "/graphql";

    private static bool IsGrainCall(Activity span) => span.Source.Name.StartsWith("Microsoft.Orleans", StringComparison.Ordinal);

    private async Task<HttpResponseMessage> GetDashboardAsync(string email)
    {
        var (token, _) = await Http.SignInAsync(email);
        using var request = new HttpRequestMessage(HttpMethod.Get, OperationsExtensions.DashboardPath + "/");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async ValueTask InitializeAsync() =>
        _host = await ApiHost.StartAsync(_container,
            new Dictionary<string, string?> { [DashboardSwitch.EnabledKey] = "true", [TelemetryExtensions.CollectKey] = "true" },
            services: services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(_spans)));

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
        var blobs = new BlobServiceClient(ApiHost.StorageConnection);
        await blobs.GetBlobContainerClient(_container).DeleteIfExistsAsync();
        await blobs.GetBlobContainerClient(ApiHost.AttachmentsContainerOf(_container)).DeleteIfExistsAsync();
    }
}
