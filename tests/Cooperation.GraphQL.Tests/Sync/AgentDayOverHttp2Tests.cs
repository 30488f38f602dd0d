using System.Security.Cryptography.X509Certificates;
using Azure.Storage.Blobs;
using Cooperation.FieldAgent;
using Cooperation.LinkEmulator;
using Cooperation.GraphQL.Tests.Uploads;
using Cooperation.Testing;
using static Cooperation.GraphQL.Tests.Shipments.ShipmentRequests;

namespace Cooperation.GraphQL.Tests.Sync;

/// <summary>
/// The API as phones will reach it through the Azure ingress: TLS, HTTP/2 negotiated by ALPN, one connection carrying
/// the sync and the photos' blocks at once. Counts only, never times.
/// </summary>
public sealed class AgentDayOverHttp2Tests : IAsyncLifetime
{
    private const string Seneclic = "seneclic";
    private const int Seed = 3;

    private static readonly FieldAgentOptions BusyLink = new()
    {
        FirstBackOff = TimeSpan.FromMilliseconds(50),
        MaxBackOff = TimeSpan.FromMilliseconds(400),
        JitterSeed = Seed,
        KeepLinkBusy = true,
    };

    private readonly string _container = $"agentday2-{Guid.NewGuid():N}";
    private readonly X509Certificate2 _certificate = LoopbackCertificate.Create();
    private ApiHost _host = null!;

    private static ClientOperations Operations => ClientOperations.Load(Documents.ClientDocuments.ManifestPath);

    public async ValueTask InitializeAsync() =>
        _host = await ApiHost.StartAsync(_container, new Dictionary<string, string?> { ["Cooperation:Api:AllowAnonymousQueryText"] = "false" }, certificate: _certificate);

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        _certificate.Dispose();
        var storage = new BlobServiceClient(ApiHost.StorageConnection);
        await storage.GetBlobContainerClient(_container).DeleteIfExistsAsync();
        await storage.GetBlobContainerClient(ApiHost.AttachmentsContainerOf(_container)).DeleteIfExistsAsync();
    }

    /// <summary>
    /// On the TLS port the phone's client signs in over HTTP/2 and a browser still on HTTP/1.1 is answered too; a
    /// client that trusts another certificate than the host's is refused before anything is sent.
    /// </summary>
    [Fact]
    public async Task SignIn_OverTls_AnswersInHttp2AndHttp11_RefusesAnotherCertificate()
    {
        var cancellation = TestContext.Current.CancellationToken;
        foreach (var version in new[] { HttpVersion.Version20, HttpVersion.Version11 })
        {
            using var http = FieldAgentClient.CreateHttpClient(_host.SecureAddress!, version: version, trust: LoopbackCertificate.Pin(_certificate));
            var client = new FieldAgentClient(http, Operations);
            await client.SignInAsync(SeneclicSouth, ApiHost.DemoPassword, cancellation);
            Assert.NotNull(client.AccessToken);

            using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live") { Version = version, VersionPolicy = HttpVersionPolicy.RequestVersionExact };
            using var response = await http.SendAsync(request, cancellation);
            Assert.Equal((HttpStatusCode.OK, version), (response.StatusCode, response.Version));
        }

        using var other = LoopbackCertificate.Create();
        using var wary = FieldAgentClient.CreateHttpClient(_host.SecureAddress!, version: HttpVersion.Version20, trust: LoopbackCertificate.Pin(other));
        await Assert.ThrowsAsync<HttpRequestException>(() => wary.GetAsync("/health/live", cancellation));
    }

    /// <summary>
    /// Fatou's day (thirty confirmations, five WebP photos) over EDGE with 2 % loss and 5 % dropped connections, HTTP/2
    /// over TLS through the emulator, which reads none of it: the photos' blocks go while the sync waits for its answer,
    /// and the connection is also cut once in the middle of the photos. Each action is acknowledged once and applied
    /// once, each photo comes back byte for byte, and each cut cost at most the block that was on the wire.
    /// </summary>
    [Fact]
    public async Task AgentDay_Http2LinkKeptBusyWithLossAndDrops_EveryActionOnceEveryPhotoWhole()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var (shipment, marc) = await ArrivedAsync();
        await using var link = LinkProxy.Start(_host.SecureAddress!, LinkProfile.Edge.WithDesignTrouble(), new LinkProxyOptions { Seed = Seed, ModelTls = false });
        using var http = FieldAgentClient.CreateHttpClient(link.SecureBaseAddress, version: HttpVersion.Version20, trust: LoopbackCertificate.Pin(_certificate));
        var fatou = new FieldAgentClient(http, Operations, BusyLink);
        await fatou.SignInAsync(SeneclicSouth, ApiHost.DemoPassword, cancellation);
        await fatou.SyncAsync(Seneclic, cancellation);

        var day = AgentDay.Plan(shipment, Seed, webP: true);
        foreach (var photo in day.Photos)
            fatou.QueuePhoto(Seneclic, photo, $"announce-{photo.UploadId}");
        foreach (var (mutation, input) in day.Confirmations)
            fatou.Queue(mutation, input);
        // About the second photo's first block: the sync and the first photo went up before it.
        link.DropAfterUpload(AgentDay.WebPPhotoSize + 8_000);
        await fatou.RunAsync(Seneclic, cancellationToken: cancellation);

        var drops = link.Drops;
        var counted = link.Counters.Snapshot();
        TestContext.Current.SendDiagnosticMessage($"{fatou.Counts}; link: {counted}; drops: {string.Join(", ", drops)}");

        Assert.Empty(fatou.Outbox.Pending);
        Assert.Empty(fatou.Outbox.Refused);
        Assert.Equal(40, fatou.Counts.Acknowledgements.Count);
        Assert.All(fatou.Counts.Acknowledgements.Values, n => Assert.Equal(1, n));
        Assert.Equal(5, fatou.Counts.PhotosCommitted);
        // The emulator cannot read HTTP/2 in TLS: no request of it is counted, every byte is.
        Assert.Equal(0, counted.Requests);
        Assert.Contains(drops, d => d.Cause == DropCause.Upload);
        Assert.InRange(fatou.Counts.BlocksResent, 0, drops.Count);

        var (_, read) = await _host.Http.PostGraphQLAsync(
            "query($id: ID!) { shipment(id: $id) { items { id verdict { verdict reason photoId } disputes { verdict } } history(first: 100) { nodes { clientMutationId } } } }",
            new { id = shipment }, fatou.AccessToken);
        var items = read["data"]!["shipment"]!["items"]!.AsArray();
        foreach (var (itemId, verdict, reason, photoId) in day.Verdicts)
        {
            var item = items.Single(i => i!["id"]!.GetValue<string>() == itemId)!;
            Assert.Equal((verdict, reason, photoId), (item["verdict"]?["verdict"]?.GetValue<string>(), item["verdict"]?["reason"]?.GetValue<string>(), item["verdict"]?["photoId"]?.GetValue<string>()));
        }
        Assert.All(items, i => Assert.Empty(i!["disputes"]!.AsArray()));
        var history = read["data"]!["shipment"]!["history"]!["nodes"]!.AsArray().Select(h => h!["clientMutationId"]?.GetValue<string>()).ToList();
        Assert.All(day.Confirmations, c => Assert.Single(history, id => id == c.Input["clientMutationId"]!.GetValue<string>()));

        foreach (var photo in day.Photos)
        {
            using var response = await _host.Http.GetPhotoAsync(marc, Seneclic, photo.UploadId);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("image/webp", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(photo.Bytes, await response.Content.ReadAsByteArrayAsync(cancellation));
        }
    }

    private async Task<(string Shipment, string MarcToken)> ArrivedAsync()
    {
        using var http = FieldAgentClient.CreateHttpClient(_host.Address);
        var marc = new FieldAgentClient(http, Operations, BusyLink);
        await marc.SignInAsync(People.BesanconNorth, ApiHost.DemoPassword, TestContext.Current.CancellationToken);
        var shipment = await AgentDay.AutumnShipmentArrivedAsync(marc, Seneclic, TestContext.Current.CancellationToken);
        return (shipment, marc.AccessToken!);
    }
}
