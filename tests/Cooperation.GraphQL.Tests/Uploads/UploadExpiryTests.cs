using Azure.Storage.Blobs;
using Cooperation.GraphQL.Tests.Shipments;
using Microsoft.Extensions.Time.Testing;
using static Cooperation.GraphQL.Tests.Uploads.UploadRequests;

namespace Cooperation.GraphQL.Tests.Uploads;

/// <summary>An upload Fatou left unfinished for a week, on a host of its own whose clock the test moves.</summary>
public sealed class UploadExpiryTests : IAsyncLifetime
{
    private const string Seneclic = "seneclic";

    private readonly string _container = $"expiry-{Guid.NewGuid():N}";
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private ApiHost? _host;

    private HttpClient Http => _host!.Http;

    /// <summary>
    /// Seven days after the announcement the upload says it expired and lists every block as missing, a late block is
    /// a 409 that says to restart, and after restartUpload the photo goes through and can be downloaded.
    /// </summary>
    [Fact]
    public async Task Upload_UnfinishedSevenDays_ExpiredThenRestartedAndFinished()
    {
        var marc = (await Http.SignInAsync(People.BesanconNorth)).AccessToken;
        var fatou = (await Http.SignInAsync(ShipmentRequests.SeneclicSouth)).AccessToken;
        var shipmentId = await ShipmentRequests.ShippedAsync(Http, marc, Seneclic, "EXPIRY");
        var uploadId = NewUploadId();
        var photo = Jpeg(70_000);
        var blocks = Blocks(photo);
        await Http.PostGraphQLAsync(Announce, ItemPhoto(Seneclic, uploadId, shipmentId, "i2", photo), fatou);
        await Http.PutBlockAsync(fatou, Seneclic, uploadId, 0, blocks[0]);

        _time.Advance(TimeSpan.FromDays(7));
        fatou = (await Http.SignInAsync(ShipmentRequests.SeneclicSouth)).AccessToken; // access tokens last 15 minutes
        var (_, expired) = await Http.PostGraphQLAsync(Read, new { p = Seneclic, u = uploadId }, fatou);
        var late = await Http.PutBlockAsync(fatou, Seneclic, uploadId, 1, blocks[1]);
        var (_, restarted) = await Http.PostGraphQLAsync(Restart, Change(Seneclic, uploadId), fatou);
        await Http.PutAllAsync(fatou, Seneclic, uploadId, photo);
        var (_, committed) = await Http.PostGraphQLAsync(Commit, Change(Seneclic, uploadId), fatou);
        using var download = await Http.GetPhotoAsync(fatou, Seneclic, uploadId);

        Assert.Equal("EXPIRED", expired["data"]!["upload"]!["status"]!.GetValue<string>());
        Assert.Equal(3, expired["data"]!["upload"]!["missingBlocks"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.Conflict, late.Status);
        Assert.Contains("restartUpload", late.Error!.ErrorMessage());
        Assert.Equal("ANNOUNCED", restarted["data"]!["restartUpload"]!["upload"]!["status"]!.GetValue<string>());
        Assert.Equal("COMMITTED", committed["data"]!["commitUpload"]!["upload"]!["status"]!.GetValue<string>());
        Assert.Equal(photo, await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    public async ValueTask InitializeAsync() => _host = await ApiHost.StartAsync(_container, time: _time);

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
            await _host.DisposeAsync();
        var storage = new BlobServiceClient(ApiHost.StorageConnection);
        await storage.GetBlobContainerClient(_container).DeleteIfExistsAsync();
        await storage.GetBlobContainerClient(ApiHost.AttachmentsContainerOf(_container)).DeleteIfExistsAsync();
    }
}
