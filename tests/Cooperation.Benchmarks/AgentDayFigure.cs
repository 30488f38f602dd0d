using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Cooperation.FieldAgent;
using Cooperation.LinkEmulator;
using static Cooperation.Benchmarks.Budget;

namespace Cooperation.Benchmarks;

/// <summary>
/// B6: the agent's day (30 confirmations, 5 photos) over EDGE with DESIGN's trouble, then read back from the server:
/// time against the floor of the bytes sent, drops, re-sent bytes, duplicates and losses.
/// </summary>
public static class AgentDayFigure
{
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(24);

    /// <param name="agent">The agent, signed in, straight to the host: the day starts from her session and cursor.</param>
    /// <param name="direct">Her HttpClient straight to the host, to read the day back.</param>
    /// <param name="busy">The phone keeps the link busy (each request once the one before is on the wire) and sends WebP.</param>
    /// <param name="cutAfter">Also cuts the connection once, after this many bytes went up.</param>
    public static async Task RunAsync(
        BenchHost host, FieldAgentClient agent, HttpClient direct, string shipment, FieldAgentOptions phone, Transport transport, bool busy, int seed, long? cutAfter = null)
    {
        var trouble = LinkProfile.Edge.WithDesignTrouble();
        var day = AgentDay.Plan(shipment, seed, webP: busy);
        var photoBytes = day.Photos.Sum(p => p.Bytes.Length);
        Console.WriteLine($"B6 — the agent's day (30 confirmations, 5 {day.Photos[0].ContentType} photos, {Bytes(photoBytes)}) over {trouble}, seed {seed}");
        Console.WriteLine($"  {transport}; {(busy ? "the link kept busy: each request starts once the one before is on the connection" : "one request at a time, each after the answer before it")}" +
            (cutAfter is { } planned ? $"; the connection also cut once after {Bytes(planned)} went up" : ""));
        await agent.SyncAsync(BenchHost.Partnership);
        await using var link = transport.Link(host, trouble, seed);
        using var http = transport.Client(host, link);
        var client = new FieldAgentClient(http, host.Operations, phone with { KeepLinkBusy = busy }) { AccessToken = agent.AccessToken, Cursor = agent.Cursor };
        foreach (var photo in day.Photos)
            client.QueuePhoto(BenchHost.Partnership, photo, $"announce-{photo.UploadId}");
        foreach (var (mutation, input) in day.Confirmations)
            client.Queue(mutation, input);

        link.Counters.Reset();
        if (cutAfter is { } cut)
            link.DropAfterUpload(cut);
        var watch = Stopwatch.StartNew();
        await client.RunAsync(BenchHost.Partnership);
        var time = watch.Elapsed;
        var counted = link.Counters.Snapshot();
        var drops = link.Drops;
        var (duplicates, lost) = await CheckDayAsync(direct, agent.AccessToken!, shipment, day, client);
        var resentPerDrop = drops.Count == 0 ? 0 : client.Counts.BytesResent / drops.Count;
        var lossFree = counted.HandshakeWait + counted.PropagationWait + counted.TransmissionWait;
        var busyFloor = transport.BusyFloor(trouble, counted);

        Console.WriteLine($"  time {Seconds(time)}; physical floor of the bytes sent, link kept busy: {Seconds(busyFloor)} ({time / busyFloor:0.00}×); " +
            $"exchanges one after another, loss-free: {Seconds(lossFree)}; stalls played {Seconds(counted.StallWait)} ({counted.LostPackets} packets lost)");
        var seen = transport.Tls ? "unreadable on the link" : $"{counted.Requests} seen on the link";
        Console.WriteLine($"  requests: {client.Counts.Requests} sent by the client ({seen}), {counted.ConnectionsOpened} connections");
        Console.WriteLine($"  drops: {drops.Count} — {string.Join("; ", drops.Select(d => $"{(d.Exchange is { } n ? $"request {n}" : $"connection {d.Connection}")} {d.Direction} after {d.MessageOffset:N0} B"))}");
        Console.WriteLine($"  bytes up {Bytes(counted.PayloadBytesUp)}, down {Bytes(counted.PayloadBytesDown)} {(transport.Tls ? "TCP payload (TLS and all)" : "HTTP")}, {Bytes(counted.WireBytesUp)} / {Bytes(counted.WireBytesDown)} on the wire; " +
            $"re-sent {Bytes(client.Counts.BytesResent)} ({client.Counts.BlocksResent} of {client.Counts.BlocksSent} blocks), {Bytes(resentPerDrop)} per drop");
        Console.WriteLine($"  actions acknowledged {client.Counts.Acknowledgements.Count}, photos committed {client.Counts.PhotosCommitted}; duplicates {duplicates}, lost {lost}");
        Console.WriteLine($"  {Check(time <= Budget, "≤ 24 s")}; {Check(duplicates == 0 && lost == 0, "0 duplicates, 0 lost")}; {Check(resentPerDrop <= PendingPhoto.BlockSize, "≤ 1 block (32,768 B) re-sent per drop")}");
    }

    /// <summary>The day on a host of its own, freshly seeded: the shipment's items are still unticked.</summary>
    public static async Task RunOnOwnHostAsync(FieldAgentOptions phone, Transport transport, bool busy, int seed, long? cutAfter = null)
    {
        await using var host = await BenchHost.StartAsync();
        var (marc, marcHttp) = await host.DirectAsync(BenchHost.North, phone);
        var (fatou, fatouHttp) = await host.DirectAsync(BenchHost.South, phone);
        using (marcHttp)
        using (fatouHttp)
        {
            var shipment = await AgentDay.AutumnShipmentArrivedAsync(marc, BenchHost.Partnership);
            await RunAsync(host, fatou, fatouHttp, shipment, phone, transport, busy, seed, cutAfter);
        }
    }

    // Duplicates: an action acknowledged twice, an item with a dispute or two history lines of one action.
    // Lost: an action still queued or refused, an item without its planned verdict, a photo that does not read back whole.
    private static async Task<(int Duplicates, int Lost)> CheckDayAsync(HttpClient http, string token, string shipment, AgentDay day, FieldAgentClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(new JsonObject
            {
                ["query"] = "query($id: ID!) { shipment(id: $id) { items { id verdict { verdict reason photoId } disputes { verdict } } history(first: 100) { nodes { clientMutationId } } } }",
                ["variables"] = new JsonObject { ["id"] = shipment },
            }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var read = JsonNode.Parse(await FieldAgentClient.ReadTextAsync(response, CancellationToken.None))!["data"]!["shipment"]!;
        var items = read["items"]!.AsArray();
        var history = read["history"]!["nodes"]!.AsArray().Select(h => h!["clientMutationId"]?.GetValue<string>()).ToList();

        var duplicates = client.Counts.Acknowledgements.Values.Sum(n => n - 1) + items.Count(i => i!["disputes"]!.AsArray().Count > 0)
            + day.Confirmations.Sum(c => Math.Max(0, history.Count(h => h == c.Input["clientMutationId"]!.GetValue<string>()) - 1));
        var lost = client.Outbox.Pending.Count + client.Outbox.Refused.Count;
        foreach (var (itemId, verdict, reason, photoId) in day.Verdicts)
        {
            var found = items.Single(i => i!["id"]!.GetValue<string>() == itemId)!["verdict"];
            if (found?["verdict"]?.GetValue<string>() != verdict || found?["reason"]?.GetValue<string>() != reason || found?["photoId"]?.GetValue<string>() != photoId)
                lost++;
        }
        foreach (var photo in day.Photos)
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, $"/uploads/{BenchHost.Partnership}/{photo.UploadId}");
            get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var answer = await http.SendAsync(get);
            if (!answer.IsSuccessStatusCode || !(await answer.Content.ReadAsByteArrayAsync()).AsSpan().SequenceEqual(photo.Bytes))
                lost++;
        }
        return (duplicates, lost);
    }
}
