using System.Net.Sockets;
using System.Text;
using Cooperation.GraphQL.Tests.Shipments;
using static Cooperation.GraphQL.Tests.Uploads.UploadRequests;

namespace Cooperation.GraphQL.Tests.Uploads;

/// <summary>
/// Fatou (South agent, Sénéclic) photographs a damaged screen and sends the photo over HTTP in 32 KB blocks; Marc
/// (North staff, Besançon) looks at it.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class UploadApiTests(ApiFixture api)
{
    private const string Seneclic = "seneclic";

    private Task<string> MarcAsync() => api.TokenAsync(People.BesanconNorth);

    private Task<string> FatouAsync() => api.TokenAsync(ShipmentRequests.SeneclicSouth);

    /// <summary>Blocks in any order, one of them twice, then commit: Marc downloads the photo byte for byte, with an ETag that answers 304.</summary>
    [Fact]
    public async Task Photo_BlocksInAnyOrderWithDuplicate_DownloadedIntactByNorth()
    {
        var (uploadId, photo) = await AnnouncedAsync(80_000);
        var blocks = Blocks(photo);

        var statuses = new List<HttpStatusCode>();
        foreach (var index in new[] { 2, 0, 0, 1 })
            statuses.Add((await api.Http.PutBlockAsync(await FatouAsync(), Seneclic, uploadId, index, blocks[index])).Status);
        var (_, committed) = await api.Http.PostGraphQLAsync(Commit, Change(Seneclic, uploadId), await FatouAsync());
        using var download = await api.Http.GetPhotoAsync(await MarcAsync(), Seneclic, uploadId);
        var bytes = await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        using var again = await api.Http.GetPhotoAsync(await MarcAsync(), Seneclic, uploadId, download.Headers.ETag?.Tag);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.NoContent, s));
        var upload = committed["data"]!["commitUpload"]!["upload"]!;
        Assert.Equal("COMMITTED", upload["status"]!.GetValue<string>());
        Assert.Empty(upload["missingBlocks"]!.AsArray());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/jpeg", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(photo, bytes);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    /// <summary>
    /// A whole photo in one PUT (three blocks from index 0): every block is staged and the photo commits; a run that
    /// goes wrong at its second block keeps the first, and says which block was wrong.
    /// </summary>
    [Fact]
    public async Task Photo_SeveralBlocksInOnePut_StagedInTurn()
    {
        var (uploadId, photo) = await AnnouncedAsync(80_000);
        var (other, otherPhoto) = await AnnouncedAsync(80_000);

        var whole = await api.Http.PutBlockAsync(await FatouAsync(), Seneclic, uploadId, 0, photo);
        var (_, committed) = await api.Http.PostGraphQLAsync(Commit, Change(Seneclic, uploadId), await FatouAsync());
        var broken = await api.Http.PutBlockAsync(await FatouAsync(), Seneclic, other, 0, otherPhoto[..(BlockSize + 100)]);
        var (_, state) = await api.Http.PostGraphQLAsync(Read, new { p = Seneclic, u = other }, await FatouAsync());

        Assert.Equal(HttpStatusCode.NoContent, whole.Status);
        Assert.Equal("COMMITTED", committed["data"]!["commitUpload"]!["upload"]!["status"]!.GetValue<string>());
        Assert.Equal((HttpStatusCode.BadRequest, "VALIDATION"), (broken.Status, Code(broken.Error)));
        Assert.Equal([1, 2], state["data"]!["upload"]!["missingBlocks"]!.AsArray().Select(n => n!.GetValue<int>()));
    }

    /// <summary>
    /// The last run commits the photo on its way (<c>?commit=</c>): 200 with the status, no sync needed, and the same id
    /// sent again by sync later is a repeat. While a block is missing the PUT only stages (204) and nothing commits.
    /// </summary>
    [Fact]
    public async Task Photo_CommitOnTheLastPut_CommittedOnceThenRepeatHarmless()
    {
        var (uploadId, photo) = await AnnouncedAsync(80_000);
        var (gap, gapPhoto) = await AnnouncedAsync(80_000);
        var blocks = Blocks(gapPhoto);
        var commitId = NewId("commit");

        var whole = await api.Http.PutBlockAsync(await FatouAsync(), Seneclic, uploadId, $"0?commit={commitId}", photo);
        var (_, repeat) = await api.Http.PostGraphQLAsync(Commit, Change(Seneclic, uploadId, commitId), await FatouAsync());
        var early = await api.Http.PutBlockAsync(await FatouAsync(), Seneclic, gap, $"2?commit={NewId("commit")}", blocks[2]);
        var (_, state) = await api.Http.PostGraphQLAsync(Read, new { p = Seneclic, u = gap }, await FatouAsync());
        using var download = await api.Http.GetPhotoAsync(await MarcAsync(), Seneclic, uploadId);

        Assert.Equal((HttpStatusCode.OK, "COMMITTED"), (whole.Status, whole.Error?["status"]?.GetValue<string>()));
        Assert.Null(repeat["errors"]);
        Assert.Equal("COMMITTED", repeat["data"]!["commitUpload"]!["upload"]!["status"]!.GetValue<string>());
        Assert.Equal(photo, await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.NoContent, early.Status);
        Assert.Equal("ANNOUNCED", state["data"]!["upload"]!["status"]!.GetValue<string>());
        Assert.Equal([0, 1], state["data"]!["upload"]!["missingBlocks"]!.AsArray().Select(n => n!.GetValue<int>()));
    }

    /// <summary>After a drop, Fatou asks which blocks arrived and sends only the missing one.</summary>
    [Fact]
    public async Task Photo_PartialThenAskWhatArrived_FinishedWithTheRest()
    {
        var (uploadId, photo) = await AnnouncedAsync(90_000);
        var blocks = Blocks(photo);
        await api.Http.PutBlockAsync(await FatouAsync(), Seneclic, uploadId, 0, blocks[0]);
        await api.Http.PutBlockAsync(await FatouAsync(), Seneclic, uploadId, 2, blocks[2]);

        var (_, state) = await api.Http.PostGraphQLAsync(Read, new { p = Seneclic, u = uploadId }, await FatouAsync());
        var missing = state["data"]!["upload"]!["missingBlocks"]!.AsArray().Select(n => n!.GetValue<int>()).ToList();
        foreach (var index in missing)
            await api.Http.PutBlockAsync(await FatouAsync(), Seneclic, uploadId, index, blocks[index]);
        var (_, committed) = await api.Http.PostGraphQLAsync(Commit, Change(Seneclic, uploadId), await FatouAsync());
        using var download = await api.Http.GetPhotoAsync(await FatouAsync(), Seneclic, uploadId);

        Assert.Equal([1], missing);
        Assert.Equal("COMMITTED", committed["data"]!["commitUpload"]!["upload"]!["status"]!.GetValue<string>());
        Assert.Equal(photo, await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>
    /// Blocks of other bytes than the announced checksum: the commit is refused, nothing can be downloaded, and the
    /// same upload then goes through with the right bytes.
    /// </summary>
    [Fact]
    public async Task Commit_BadChecksum_RefusedNothingStoredThenRestartable()
    {
        var photo = Jpeg(50_000);
        var (uploadId, _) = await AnnouncedAsync(photo);
        var other = Jpeg(50_000);
        await api.Http.PutAllAsync(await FatouAsync(), Seneclic, uploadId, other);

        var (_, refused) = await api.Http.PostGraphQLAsync(Commit, Change(Seneclic, uploadId), await FatouAsync());
        using var nothing = await api.Http.GetPhotoAsync(await MarcAsync(), Seneclic, uploadId);
        var (_, state) = await api.Http.PostGraphQLAsync(Read, new { p = Seneclic, u = uploadId }, await FatouAsync());
        await api.Http.PutAllAsync(await FatouAsync(), Seneclic, uploadId, photo);
        var (_, committed) = await api.Http.PostGraphQLAsync(Commit, Change(Seneclic, uploadId), await FatouAsync());

        Assert.Equal("VALIDATION", refused.ErrorCode());
        Assert.Contains("SHA-256", refused.ErrorMessage());
        Assert.Equal(HttpStatusCode.NotFound, nothing.StatusCode);
        Assert.Equal("ANNOUNCED", state["data"]!["upload"]!["status"]!.GetValue<string>());
        Assert.Equal(2, state["data"]!["upload"]!["missingBlocks"]!.AsArray().Count);
        Assert.Equal("COMMITTED", committed["data"]!["commitUpload"]!["upload"]!["status"]!.GetValue<string>());
    }

    /// <summary>A JPEG announced as WebP is refused at commit on its first bytes.</summary>
    [Fact]
    public async Task Commit_WrongMagicBytes_Refused()
    {
        var photo = Jpeg(20_000);
        var (uploadId, _) = await AnnouncedAsync(photo, "image/webp");
        await api.Http.PutAllAsync(await FatouAsync(), Seneclic, uploadId, photo);

        var (_, refused) = await api.Http.PostGraphQLAsync(Commit, Change(Seneclic, uploadId), await FatouAsync());
        using var nothing = await api.Http.GetPhotoAsync(await FatouAsync(), Seneclic, uploadId);

        Assert.Equal("VALIDATION", refused.ErrorCode());
        Assert.Contains("WebP", refused.ErrorMessage());
        Assert.Equal(HttpStatusCode.NotFound, nothing.StatusCode);
    }

    /// <summary>Over 1 MiB, or not JPEG/PNG/WebP: refused at announcement with the limit stated, and nothing is announced.</summary>
    [Fact]
    public async Task Announce_TooBigOrWrongType_RefusedNothingAnnounced()
    {
        var shipmentId = await ShippedAsync();
        var uploadId = NewUploadId();

        var (_, big) = await api.Http.PostGraphQLAsync(Announce, Announcing(uploadId, shipmentId, size: 1_048_577, contentType: "image/jpeg"), await FatouAsync());
        var (_, pdf) = await api.Http.PostGraphQLAsync(Announce, Announcing(uploadId, shipmentId, size: 1000, contentType: "application/pdf"), await FatouAsync());
        var (_, state) = await api.Http.PostGraphQLAsync(Read, new { p = Seneclic, u = uploadId }, await FatouAsync());

        Assert.Equal("VALIDATION", big.ErrorCode());
        Assert.Contains("1048576", big.ErrorMessage());
        Assert.Equal("VALIDATION", pdf.ErrorCode());
        Assert.Contains("image/webp", pdf.ErrorMessage());
        Assert.Equal("NOT_FOUND", state.ErrorCode());
    }

    /// <summary>
    /// Bad blocks each get their own 4xx JSON error and change nothing: index out of range, wrong length, more than a
    /// block, not octet-stream, not a number.
    /// </summary>
    [Fact]
    public async Task Blocks_Malformed_ClearErrorsNothingStored()
    {
        var (uploadId, _) = await AnnouncedAsync(40_000);
        var token = await FatouAsync();

        var outOfRange = await api.Http.PutBlockAsync(token, Seneclic, uploadId, 2, new byte[100]);
        var wrongLength = await api.Http.PutBlockAsync(token, Seneclic, uploadId, 0, new byte[100]);
        var tooLarge = await api.Http.PutBlockAsync(token, Seneclic, uploadId, 0, new byte[8 * BlockSize + 1]);
        var text = await api.Http.PutBlockAsync(token, Seneclic, uploadId, 0, new byte[BlockSize], "text/plain");
        var notANumber = await api.Http.PutBlockAsync(token, Seneclic, uploadId, "first", new byte[BlockSize]);
        var (_, state) = await api.Http.PostGraphQLAsync(Read, new { p = Seneclic, u = uploadId }, token);

        Assert.Equal((HttpStatusCode.BadRequest, "VALIDATION"), (outOfRange.Status, Code(outOfRange.Error)));
        Assert.Contains("0 to 1", outOfRange.Error!["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal((HttpStatusCode.BadRequest, "VALIDATION"), (wrongLength.Status, Code(wrongLength.Error)));
        Assert.Contains("32768", wrongLength.Error!["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.Status);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.Status);
        Assert.Equal((HttpStatusCode.BadRequest, "VALIDATION"), (notANumber.Status, Code(notANumber.Error)));
        Assert.Equal(2, state["data"]!["upload"]!["missingBlocks"]!.AsArray().Count);
    }

    /// <summary>
    /// Anonymous blocks are 401; North staff may not send a receipt photo (403); someone of another partnership may
    /// not read it (403); an unknown upload is 404.
    /// </summary>
    [Fact]
    public async Task Access_AnonymousNorthAndOutsider_Refused()
    {
        var (uploadId, photo) = await AnnouncedAsync(10_000);

        var anonymous = await api.Http.PutBlockAsync(null, Seneclic, uploadId, 0, photo);
        var north = await api.Http.PutBlockAsync(await MarcAsync(), Seneclic, uploadId, 0, photo);
        await api.Http.PutAllAsync(await FatouAsync(), Seneclic, uploadId, photo);
        await api.Http.PostGraphQLAsync(Commit, Change(Seneclic, uploadId), await FatouAsync());
        using var outsider = await api.Http.GetPhotoAsync(await api.TokenAsync(People.HavreNorth), Seneclic, uploadId);
        using var anonymousRead = await api.Http.GetPhotoAsync(null, Seneclic, uploadId);
        using var unknown = await api.Http.GetPhotoAsync(await MarcAsync(), Seneclic, NewUploadId());
        var (_, northAnnounce) = await api.Http.PostGraphQLAsync(Announce,
            ItemPhoto(Seneclic, NewUploadId(), await ShippedAsync(), "i1", photo), await MarcAsync());

        Assert.Equal((HttpStatusCode.Unauthorized, "UNAUTHENTICATED"), (anonymous.Status, Code(anonymous.Error)));
        Assert.Equal((HttpStatusCode.Forbidden, "FORBIDDEN"), (north.Status, Code(north.Error)));
        Assert.Equal(HttpStatusCode.Forbidden, outsider.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousRead.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("FORBIDDEN", northAnnounce.ErrorCode());
    }

    /// <summary>Announce and commit sent twice with their ids (lost answers) answer the same; other facts under the same photo id are a conflict.</summary>
    [Fact]
    public async Task AnnounceAndCommit_Repeated_Idempotent()
    {
        var shipmentId = await ShippedAsync();
        var uploadId = NewUploadId();
        var photo = Jpeg(30_000);
        var announce = ItemPhoto(Seneclic, uploadId, shipmentId, "i2", photo, clientMutationId: NewId("announce"));
        var commit = Change(Seneclic, uploadId, NewId("commit"));

        var (_, first) = await api.Http.PostGraphQLAsync(Announce, announce, await FatouAsync());
        var (_, repeat) = await api.Http.PostGraphQLAsync(Announce, announce, await FatouAsync());
        var (_, other) = await api.Http.PostGraphQLAsync(Announce, ItemPhoto(Seneclic, uploadId, shipmentId, "i2", Jpeg(30_000)), await FatouAsync());
        await api.Http.PutAllAsync(await FatouAsync(), Seneclic, uploadId, photo);
        var (_, committed) = await api.Http.PostGraphQLAsync(Commit, commit, await FatouAsync());
        var (_, committedAgain) = await api.Http.PostGraphQLAsync(Commit, commit, await FatouAsync());

        Assert.Equal(first.ToJsonString(), repeat.ToJsonString());
        Assert.Equal("CONFLICT", other.ErrorCode());
        Assert.Equal(committed.ToJsonString(), committedAgain.ToJsonString());
        Assert.Equal("COMMITTED", committed["data"]!["commitUpload"]!["upload"]!["status"]!.GetValue<string>());
    }

    /// <summary>
    /// One 32 KB block on the wire, as a phone sends it on an open connection: request line and headers, the bytes,
    /// and a 204 answer without a body. Printed for the budgets; only the absence of a body is asserted.
    /// </summary>
    [Fact]
    public async Task BlockPut_OnTheWire_RequestAndAnswerHeadersCounted()
    {
        var (uploadId, photo) = await AnnouncedAsync(BlockSize + 100);
        var token = await FatouAsync();
        var address = api.Http.BaseAddress!;
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port, TestContext.Current.CancellationToken);
        await using var stream = tcp.GetStream();

        var head = Encoding.ASCII.GetBytes(
            $"PUT /uploads/{Seneclic}/{uploadId}/blocks/0 HTTP/1.1\r\nHost: {address.Authority}\r\nAuthorization: Bearer {token}\r\n" +
            $"Content-Type: application/octet-stream\r\nContent-Length: {BlockSize}\r\n\r\n");
        await stream.WriteAsync(head, TestContext.Current.CancellationToken);
        await stream.WriteAsync(photo.AsMemory(0, BlockSize), TestContext.Current.CancellationToken);
        var answer = new byte[4096];
        var length = 0;
        while (!Encoding.ASCII.GetString(answer, 0, length).Contains("\r\n\r\n", StringComparison.Ordinal))
            length += await stream.ReadAsync(answer.AsMemory(length), TestContext.Current.CancellationToken);
        var response = Encoding.ASCII.GetString(answer, 0, length);

        TestContext.Current.SendDiagnosticMessage(
            $"One block PUT: request headers {head.Length} B (token {token.Length} B) + body {BlockSize} B; 204 answer {length} B:\n{response}");
        Assert.StartsWith("HTTP/1.1 204", response);
        Assert.EndsWith("\r\n\r\n", response);
    }

    private async Task<string> ShippedAsync() =>
        await ShipmentRequests.ShippedAsync(api.Http, await MarcAsync(), Seneclic, Guid.NewGuid().ToString("N")[..10].ToUpperInvariant());

    private async Task<(string UploadId, byte[] Photo)> AnnouncedAsync(int size) => await AnnouncedAsync(Jpeg(size));

    /// <summary>A receipt photo of item i2 (the screen) of a fresh shipment, announced by Fatou.</summary>
    private async Task<(string UploadId, byte[] Photo)> AnnouncedAsync(byte[] photo, string contentType = "image/jpeg")
    {
        var uploadId = NewUploadId();
        var (_, body) = await api.Http.PostGraphQLAsync(Announce,
            ItemPhoto(Seneclic, uploadId, await ShippedAsync(), "i2", photo, contentType), await FatouAsync());
        if (body["errors"] is not null)
            throw new InvalidOperationException($"Announce failed: {body.ToJsonString()}");
        return (uploadId, photo);
    }

    private static object Announcing(string uploadId, string shipmentId, int size, string contentType) => new
    {
        i = new { clientMutationId = NewId("announce"), partnershipId = Seneclic, uploadId, contentType, size, sha256 = new string('a', 64), shipmentId, itemId = "i2" },
    };

    private static string? Code(JsonObject? error) => error?.ErrorCode();
}
