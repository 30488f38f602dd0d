using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Security;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cooperation.FieldAgent;

/// <summary>
/// An agent's phone on the wire, as the offline web client behaves (DESIGN §4): work goes to the <see cref="Outbox"/>
/// first; a sync is one POST of the <c>Sync</c> persisted document carrying the whole outbox and the cursor; an action
/// leaves the outbox only when its own id comes back without error; photos go after the text, in 32 KB blocks, and
/// after a cut the client asks which blocks arrived and sends only those.
/// </summary>
/// <remarks>
/// One operation at a time, like one phone. A request that meets a network failure is sent again after a back-off
/// with jitter (<see cref="FieldAgentOptions"/>): the protocol's idempotency makes a replay harmless, and so is the
/// request HttpClient resends by itself when an answer is cut before its first byte on a reused connection (the link
/// emulator counts those; <see cref="Counts"/> does not see them).
/// </remarks>
public sealed class FieldAgentClient
{
    private const string GraphQLResponseJson = "application/graphql-response+json";

    private readonly HttpClient _http;
    private readonly ClientOperations _operations;
    private readonly FieldAgentOptions _options;
    private readonly Random _jitter;
    private readonly List<PhotoProgress> _photos = [];

    public FieldAgentClient(HttpClient http, ClientOperations operations, FieldAgentOptions? options = null)
    {
        _http = http;
        _operations = operations;
        _options = options ?? new FieldAgentOptions();
        _jitter = new Random(_options.JitterSeed);
    }

    /// <summary>
    /// The phone's HttpClient: one kept-alive connection reused for everything, Brotli answers, no overall timeout (each
    /// request has its own). HTTP/1.1 unless <paramref name="version"/> says otherwise, and only that version.
    /// </summary>
    /// <remarks>
    /// Answers are decompressed here, not by the handler: the handler's decompressing stream stops at the end of the
    /// Brotli data and leaves the chunked framing's last bytes on the socket, to be drained after the answer is
    /// disposed; a request sent at once then finds the connection still busy and opens another one. Reading the raw
    /// body to its end hands the connection back before the next request, as a phone's browser does.
    /// </remarks>
    /// <param name="compressedAnswers">False only to measure what compression saves.</param>
    /// <param name="version">HTTP/2 (<see cref="HttpVersion.Version20"/>) needs an https address: it is negotiated by ALPN.</param>
    /// <param name="trust">Decides which server certificate an https address may show (a pinned one in tests).</param>
    /// <param name="maxConnections">At most this many connections to the server; further requests wait for one.</param>
    public static HttpClient CreateHttpClient(Uri baseAddress, bool compressedAnswers = true, Version? version = null, RemoteCertificateValidationCallback? trust = null,
        int maxConnections = int.MaxValue)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = maxConnections,
            AutomaticDecompression = DecompressionMethods.None,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseCookies = false,
        };
        if (trust is not null)
            handler.SslOptions = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = trust };
        var http = new HttpClient(handler)
        {
            BaseAddress = baseAddress,
            DefaultRequestVersion = version ?? HttpVersion.Version11,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        if (compressedAnswers)
            http.DefaultRequestHeaders.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        return http;
    }

    /// <summary>An answer's text, read to the end of its raw body first, then decompressed.</summary>
    public static async Task<string> ReadTextAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var raw = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (!response.Content.Headers.ContentEncoding.Contains("br"))
            return Encoding.UTF8.GetString(raw);
        using var brotli = new BrotliStream(new MemoryStream(raw), CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    /// <summary>The work not yet acknowledged, and what was refused.</summary>
    public Outbox Outbox { get; } = new();

    /// <summary>What this client did on the wire.</summary>
    public AgentCounts Counts { get; } = new();

    /// <summary>The change cursor of the last sync (one partnership per client here).</summary>
    public string? Cursor { get; set; }

    /// <summary>The access token of the signed-in person; set it to go on with a session kept from before.</summary>
    public string? AccessToken { get; set; }

    /// <summary>Photos whose commit the server acknowledged.</summary>
    public IReadOnlyList<PendingPhoto> CommittedPhotos => [.. _photos.Where(p => p.Committed).Select(p => p.Photo)];

    /// <summary>Signs in by the <c>SignIn</c> persisted document and keeps the access token.</summary>
    public async Task SignInAsync(string email, string password, CancellationToken cancellationToken = default)
    {
        var input = new JsonObject { ["clientMutationId"] = $"signin-{Guid.NewGuid():N}", ["email"] = email, ["password"] = password };
        var data = await PostDocumentAsync(_operations.SignIn, new JsonObject { ["input"] = input }, compress: false, cancellationToken);
        AccessToken = data["signIn"]?["accessToken"]?.GetValue<string>()
            ?? throw new FieldAgentException($"Sign-in of {email} gave no token.");
    }

    /// <summary>Queues one field-work action (the mutation's own input, with its client id).</summary>
    public void Queue(string mutation, JsonObject input) => Outbox.Add(new OutboxAction(mutation, input));

    /// <summary>Queues a photo: its announcement goes with the next sync, its blocks after the text.</summary>
    public void QueuePhoto(string partnershipId, PendingPhoto photo, string announceId)
    {
        Queue("announceUpload", new JsonObject
        {
            ["clientMutationId"] = announceId,
            ["partnershipId"] = partnershipId,
            ["uploadId"] = photo.UploadId,
            ["contentType"] = photo.ContentType,
            ["size"] = photo.Bytes.Length,
            ["sha256"] = photo.Sha256,
            ["shipmentId"] = photo.ShipmentId,
            ["itemId"] = photo.ItemId,
        });
        _photos.Add(new PhotoProgress(partnershipId, photo, announceId));
    }

    /// <summary>
    /// One round trip: the whole outbox up (Brotli when large) with the cursor, each action's fate and the changes
    /// down. Acknowledged actions leave the outbox, passing refusals stay, final ones move to <see cref="Outbox.Refused"/>.
    /// </summary>
    public Task<SyncAnswer> SyncAsync(string partnershipId, CancellationToken cancellationToken = default) =>
        SyncAsync(partnershipId, handedOver: null, cancellationToken);

    /// <param name="handedOver">Completed once the request's body is on the connection (or its first attempt ended).</param>
    private async Task<SyncAnswer> SyncAsync(string partnershipId, TaskCompletionSource? handedOver, CancellationToken cancellationToken)
    {
        var pending = Outbox.Pending;
        var input = new JsonObject
        {
            ["partnershipId"] = partnershipId,
            ["since"] = Cursor,
            ["actions"] = new JsonArray([.. pending.Select(a => (JsonNode)a.ToSyncAction())]),
        };
        var data = await PostDocumentAsync(_operations.Sync, new JsonObject { ["input"] = input }, compress: true, cancellationToken, handedOver);
        var sync = data["sync"]?.AsObject() ?? throw new FieldAgentException("The sync answer has no data.");
        var results = sync["results"]!.AsArray();
        var changes = sync["changes"]!.AsObject();

        var (acknowledged, kept, refused) = (0, 0, 0);
        foreach (var result in results)
        {
            var id = result!["clientMutationId"]!.GetValue<string>();
            if (result["error"] is not JsonObject error)
            {
                Counts.Acknowledged(id);
                Outbox.Acknowledge(id);
                Acknowledge(id);
                acknowledged++;
            }
            else if (error["retry"]?.GetValue<bool>() == true)
            {
                kept++;
            }
            else
            {
                Outbox.Refuse(id, error["code"]!.GetValue<string>(), error["message"]!.GetValue<string>());
                refused++;
            }
        }
        Cursor = changes["cursor"]!.GetValue<string>();
        return new SyncAnswer(results, changes, acknowledged, kept, refused);
    }

    /// <summary>
    /// Sends the blocks of every announced photo, the last run of each asking the server to commit it. After a cut the
    /// client asks the server which blocks it lacks (<c>Upload</c> document) and sends only those; a commit whose answer
    /// was lost goes with the next sync (the same id: one effect).
    /// </summary>
    public async Task SendPhotosAsync(CancellationToken cancellationToken = default)
    {
        List<PhotoProgress> batch = [.. _photos.Where(p => p.Announced && !p.Committed && p.CommitId is null)];
        foreach (var progress in batch)
            await SendPhotoAsync(progress, batch, announcing: null, handedOver: null, cancellationToken);
    }

    /// <summary>
    /// A connection's worth of work: sync the text (and photo announcements), send the photos, sync their commits;
    /// then sync again while actions are kept for a passing reason, at most <paramref name="rounds"/> times. With
    /// <see cref="FieldAgentOptions.KeepLinkBusy"/>, each request starts as soon as the one before it is on the wire.
    /// </summary>
    public async Task RunAsync(string partnershipId, int rounds = 3, CancellationToken cancellationToken = default)
    {
        if (_options.KeepLinkBusy)
        {
            var syncSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var sync = SyncAsync(partnershipId, syncSent, cancellationToken);
            // A first attempt that fails before its body left ends the sync's wait (its retries follow) or the sync itself.
            await Task.WhenAny(syncSent.Task, sync);
            await Task.WhenAll(sync, SendPhotosBehindAsync(sync, cancellationToken));
        }
        else
        {
            await SyncAsync(partnershipId, cancellationToken);
            await SendPhotosAsync(cancellationToken);
        }
        for (var round = 0; round < rounds && Outbox.Pending.Count > 0; round++)
        {
            if (round > 0)
                await Task.Delay(BackOff(round), cancellationToken);
            await SyncAsync(partnershipId, cancellationToken);
        }
    }

    /// <summary>
    /// The photos announced by <paramref name="announcing"/>, sent while its answer is on the way: each photo's blocks go
    /// once the previous photo's are on the connection, so the phone's link carries bytes the whole time instead of
    /// waiting a round trip per answer. Blocks that outrun their announcement (refused as unknown) go again after it.
    /// </summary>
    private async Task SendPhotosBehindAsync(Task announcing, CancellationToken cancellationToken)
    {
        List<PhotoProgress> batch = [.. _photos.Where(p => !p.Committed && p.CommitId is null)];
        List<Task> sending = [];
        foreach (var progress in batch)
        {
            var handedOver = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            sending.Add(SendPhotoAsync(progress, batch, announcing, handedOver, cancellationToken));
            await handedOver.Task;
        }
        await Task.WhenAll(sending);
    }

    /// <summary>Sends one photo's blocks, committing with the last run, or queues its commit for the next sync.</summary>
    private async Task SendPhotoAsync(PhotoProgress progress, IReadOnlyList<PhotoProgress> batch, Task? announcing, TaskCompletionSource? handedOver, CancellationToken cancellationToken)
    {
        var commitId = $"commit-{progress.Photo.UploadId}";
        bool committed;
        try
        {
            committed = await SendBlocksAsync(progress, commitId, batch, announcing, handedOver, cancellationToken);
        }
        finally
        {
            progress.BlocksDone = true;
            handedOver?.TrySetResult();
        }
        progress.CommitId = commitId;
        if (committed)
        {
            Counts.Acknowledged(commitId);
            Acknowledge(commitId);
            return;
        }
        // The commit did not ride on the last PUT (its answer was lost, or a block was missing): the next sync carries it.
        Queue("commitUpload", new JsonObject
        {
            ["clientMutationId"] = progress.CommitId,
            ["partnershipId"] = progress.PartnershipId,
            ["uploadId"] = progress.Photo.UploadId,
        });
    }

    private void Acknowledge(string clientMutationId)
    {
        foreach (var progress in _photos)
        {
            if (progress.AnnounceId == clientMutationId)
                progress.Announced = true;
            else if (progress.CommitId == clientMutationId && !progress.Committed)
            {
                progress.Committed = true;
                Counts.PhotoCommitted();
            }
        }
    }

    /// <summary>Sends the blocks the server lacks; true when the last PUT also committed the photo.</summary>
    /// <param name="batch">The photos sent one behind the other: only the earliest unfinished one can have been on the wire at a cut.</param>
    /// <param name="announcing">The sync carrying the photo's announcement, when the blocks may go before its answer.</param>
    /// <param name="handedOver">Completed once the first PUT's body is on the connection.</param>
    private async Task<bool> SendBlocksAsync(
        PhotoProgress progress, string commitId, IReadOnlyList<PhotoProgress> batch, Task? announcing, TaskCompletionSource? handedOver, CancellationToken cancellationToken)
    {
        var committed = false;
        var photo = progress.Photo;
        IReadOnlyList<int> missing = [.. Enumerable.Range(0, photo.BlockCount).Where(i => !progress.Sent.Contains(i))];
        for (var cuts = 0; missing.Count > 0;)
        {
            (int First, int Count)? cut = null;
            var outran = false;
            // Consecutive missing blocks go in one PUT: one round trip for a whole photo instead of one per block.
            var runs = Runs(missing, MaxBlocksPerRequest).ToList();
            foreach (var (first, count) in runs)
            {
                var last = (first, count) == runs[^1];
                for (var index = first; index < first + count; index++)
                {
                    // A block counts as sent again only if it went on the wire before (see the cut below).
                    var again = progress.Sent.Contains(index);
                    Counts.BlockSent(again);
                    if (again)
                        Counts.Resent(photo.Block(index).Length);
                }
                using var response = await TrySendAsync(() => PutBlocks(progress, first, count, last ? commitId : null, handedOver), cancellationToken);
                handedOver?.TrySetResult();
                if (response is null)
                {
                    cut = (first, count);
                    break;
                }
                if (response.StatusCode == HttpStatusCode.NotFound && announcing is not null && !progress.Announced)
                {
                    // The blocks outran the announcement riding on the sync: they go again once its answer is in.
                    progress.Sent.UnionWith(Enumerable.Range(first, count));
                    outran = true;
                    break;
                }
                if (response.StatusCode is not (HttpStatusCode.NoContent or HttpStatusCode.OK))
                    throw new FieldAgentException($"Blocks {first}–{first + count - 1} of {photo.UploadId} refused ({(int)response.StatusCode}): {await ReadTextAsync(response, cancellationToken)}");
                progress.Sent.UnionWith(Enumerable.Range(first, count));
                committed = response.StatusCode == HttpStatusCode.OK;
            }
            if (outran)
            {
                await announcing!;
                if (!progress.Announced || ++cuts >= _options.MaxAttempts)
                    throw new FieldAgentException($"The blocks of {photo.UploadId} went before an announcement the server did not take.");
                missing = await MissingBlocksAsync(progress, cancellationToken);
                continue;
            }
            if (cut is not { } run)
                return committed;
            if (++cuts >= _options.MaxAttempts)
                throw new FieldAgentException($"The blocks of {photo.UploadId} could not be sent after {cuts} cuts.");
            // Read before the wait: photos ahead of this one finish meanwhile.
            var ahead = batch.TakeWhile(p => p != progress).Any(p => !p.BlocksDone);
            await Task.Delay(BackOff(cuts), cancellationToken);
            missing = await MissingBlocksAsync(progress, cancellationToken);
            // The run's blocks go out one after the other, behind those of the photos ahead: those before the cut arrived
            // whole, the first missing one was on the wire when the connection dropped if a block of the run arrived or
            // no photo was ahead, and those after it never left the phone.
            var inRun = Enumerable.Range(run.First, run.Count).ToList();
            var arrived = inRun.TakeWhile(index => !missing.Contains(index)).ToList();
            progress.Sent.UnionWith(arrived);
            if ((arrived.Count > 0 || !ahead) && inRun.FirstOrDefault(missing.Contains, -1) is var inFlight and >= 0)
                progress.Sent.Add(inFlight);
        }
        return committed;
    }

    /// <summary>Asks which blocks the server still lacks: a GET of the <c>Upload</c> document, cacheable and small.</summary>
    private async Task<IReadOnlyList<int>> MissingBlocksAsync(PhotoProgress progress, CancellationToken cancellationToken)
    {
        var variables = new JsonObject { ["partnershipId"] = progress.PartnershipId, ["uploadId"] = progress.Photo.UploadId }.ToJsonString();
        var uri = $"/graphql?documentId={Uri.EscapeDataString(_operations.Upload)}&variables={Uri.EscapeDataString(variables)}";
        using var response = await SendWithRetryAsync(() => Authorized(new HttpRequestMessage(HttpMethod.Get, uri)), 0, cancellationToken);
        var data = await DataAsync(response, cancellationToken);
        return [.. data["upload"]!["missingBlocks"]!.AsArray().Select(n => n!.GetValue<int>())];
    }

    /// <summary>Blocks one PUT may carry (the server's limit).</summary>
    public const int MaxBlocksPerRequest = 8;

    /// <summary>Sorted block numbers as runs of consecutive ones, each at most <paramref name="longest"/> long.</summary>
    public static IEnumerable<(int First, int Count)> Runs(IEnumerable<int> blocks, int longest)
    {
        int? first = null;
        var count = 0;
        foreach (var index in blocks.Order())
        {
            if (first is { } start && index == start + count && count < longest)
            {
                count++;
                continue;
            }
            if (first is { } done)
                yield return (done, count);
            (first, count) = (index, 1);
        }
        if (first is { } last)
            yield return (last, count);
    }

    private HttpRequestMessage PutBlocks(PhotoProgress progress, int first, int count, string? commitId, TaskCompletionSource? handedOver)
    {
        var photo = progress.Photo;
        var start = first * PendingPhoto.BlockSize;
        var end = Math.Min(photo.Bytes.Length, (first + count) * PendingPhoto.BlockSize);
        var commit = commitId is null ? "" : $"?commit={Uri.EscapeDataString(commitId)}";
        var request = new HttpRequestMessage(HttpMethod.Put, $"/uploads/{progress.PartnershipId}/{photo.UploadId}/blocks/{first}{commit}")
        {
            Content = Body(photo.Bytes.AsMemory(start, end - start), handedOver),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return Authorized(request);
    }

    /// <summary>POSTs a persisted document by id; the body is built once and sent again as is on a retry.</summary>
    private async Task<JsonObject> PostDocumentAsync(string documentId, JsonObject variables, bool compress, CancellationToken cancellationToken, TaskCompletionSource? handedOver = null)
    {
        var json = Encoding.UTF8.GetBytes(new JsonObject { ["documentId"] = documentId, ["variables"] = variables }.ToJsonString());
        var brotli = compress && json.Length > _options.CompressAbove;
        var body = brotli ? Brotli(json) : json;
        using var response = await SendWithRetryAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Body(body, handedOver) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            if (brotli)
                request.Content.Headers.ContentEncoding.Add("br");
            return Authorized(request);
        }, body.Length, cancellationToken);
        return await DataAsync(response, cancellationToken);
    }

    private static HttpContent Body(ReadOnlyMemory<byte> bytes, TaskCompletionSource? handedOver) =>
        handedOver is null ? new ReadOnlyMemoryContent(bytes) : new HandedOverContent(bytes, handedOver);

    private static async Task<JsonObject> DataAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await ReadTextAsync(response, cancellationToken);
        JsonObject? body;
        try
        {
            body = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException e)
        {
            throw new FieldAgentException($"Not a GraphQL answer ({(int)response.StatusCode}): {text}", e);
        }
        return body?["data"] as JsonObject
            ?? throw new FieldAgentException($"Request refused ({(int)response.StatusCode}): {body?["errors"]?.ToJsonString() ?? text}");
    }

    private HttpRequestMessage Authorized(HttpRequestMessage request)
    {
        // SendAsync takes a message's own version (1.1 by default), not the client's: the phone speaks one version.
        (request.Version, request.VersionPolicy) = (_http.DefaultRequestVersion, _http.DefaultVersionPolicy);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(GraphQLResponseJson));
        if (AccessToken is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AccessToken);
        return request;
    }

    /// <summary>
    /// Sends until an answer comes (a 5xx answer counts as passing trouble too), waiting with back-off and jitter
    /// between attempts; <paramref name="bodyBytes"/> is counted as re-sent on every attempt after the first.
    /// </summary>
    private async Task<HttpResponseMessage> SendWithRetryAsync(Func<HttpRequestMessage> build, long bodyBytes, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (attempt > 1)
                Counts.Resent(bodyBytes);
            var response = await TrySendAsync(build, cancellationToken);
            if (response is not null && (int)response.StatusCode < 500)
                return response;
            response?.Dispose();
            if (attempt >= _options.MaxAttempts)
                throw new FieldAgentException($"No answer after {attempt} attempts; the work stays queued.");
            await Task.Delay(BackOff(attempt), cancellationToken);
        }
    }

    /// <summary>One attempt, its answer read whole; null when the link failed on the way (cut, timed out).</summary>
    private async Task<HttpResponseMessage?> TrySendAsync(Func<HttpRequestMessage> build, CancellationToken cancellationToken)
    {
        Counts.Request();
        using var request = build();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.RequestTimeout);
        try
        {
            return await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is HttpRequestException or IOException or OperationCanceledException)
        {
            Counts.NetworkFailure();
            return null;
        }
    }

    /// <summary>Exponential back-off with "equal jitter": between half and all of the nominal wait.</summary>
    private TimeSpan BackOff(int failures)
    {
        var nominal = _options.FirstBackOff * Math.Pow(2, Math.Min(failures - 1, 16));
        if (nominal > _options.MaxBackOff)
            nominal = _options.MaxBackOff;
        double draw;
        lock (_jitter)
            draw = _jitter.NextDouble();
        return nominal * (0.5 + draw / 2);
    }

    private static byte[] Brotli(byte[] json)
    {
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.Optimal))
            brotli.Write(json);
        return output.ToArray();
    }
}
