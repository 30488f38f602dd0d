using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Cooperation.FieldAgent;
using Cooperation.Testing;

namespace Cooperation.GraphQL.Tests.Cluster;

/// <summary>
/// Two silos and the API as their client, in processes of their own on Azurite (as <c>./run --silos 2</c>): one silo
/// killed with SIGKILL while phones send milestone changes, retrying each with its action id until it is answered.
/// </summary>
public sealed class FailoverTests
{
    private const string DemoPassword = "mot-de-passe-de-la-grappe";
    private const int Phones = 4;
    private const int ActionsPerPhone = 25;

    // Acknowledgements before the kill: every phone in full flight.
    private const int KillAfter = 30;

    // A bound on every wait (starts on a busy 2-core machine included); never a fixed pause.
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(3);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// The silo that seeded the partnerships dies mid-stream: every acknowledged change is there once, none twice, and
    /// writes are served again by the survivor (changes sent after the kill are acknowledged).
    /// </summary>
    [Fact]
    public async Task SiloKilledMidStream_EveryAcknowledgedChangeOnceAndWritesServedAgain()
    {
        await using var cluster = await LocalCluster.StartAsync(silos: 2, DemoPassword, Bound, Ct);
        var token = await CrashClient.SignInAsync(cluster.Address, CrashDrill.North, DemoPassword, Ct);
        var run = Guid.NewGuid().ToString("N")[..8];
        var acknowledged = new List<string>();
        var afterKill = 0;
        var killed = false;
        var kill = new SemaphoreSlim(1, 1);

        await Task.WhenAll(Enumerable.Range(1, Phones).Select(async phone =>
        {
            for (var n = 0; n < ActionsPerPhone; n++)
            {
                var id = $"failover-{run}-phone{phone}-{n}";
                // The outbox's rule: the same action, same id, until it is answered.
                var deadline = DateTimeOffset.UtcNow + Bound;
                while (!await CrashClient.TryPlanAsync(cluster.Address, token, id, Ct))
                {
                    Assert.True(DateTimeOffset.UtcNow < deadline, $"{id} was never served again after the kill.");
                    await Task.Delay(200, Ct);
                }
                int count;
                lock (acknowledged)
                {
                    acknowledged.Add(id);
                    count = acknowledged.Count;
                    if (killed)
                        afterKill++;
                }
                if (count == KillAfter && await kill.WaitAsync(0, Ct))
                {
                    cluster.Kill(0);
                    lock (acknowledged)
                        killed = true;
                }
            }
        }));

        var titles = await CrashClient.MilestoneTitlesAsync(cluster.Address, token, CrashDrill.Partnership, Ct);
        var missing = acknowledged.Count(id => titles.GetValueOrDefault(CrashClient.Title(id)) == 0);
        var duplicates = acknowledged.Sum(id => Math.Max(0, titles.GetValueOrDefault(CrashClient.Title(id)) - 1));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Failover: acknowledged {acknowledged.Count} ({afterKill} after the kill), missing {missing}, duplicates {duplicates}");
        Assert.True(killed, "The silo was never killed.");
        Assert.Equal(Phones * ActionsPerPhone, acknowledged.Count);
        Assert.True(afterKill > 0, "No change was acknowledged after the kill.");
        Assert.Equal(0, missing);
        Assert.Equal(0, duplicates);
    }

    /// <summary>
    /// Three silos restarted one after the other, as a deployment rolls (SIGTERM, start again), while Fatou's day of
    /// receiving goes up (thirty confirmations, five photos), her phone syncing again whenever a request fails: every
    /// action acknowledged, each verdict recorded once as ticked, each photo whole.
    /// </summary>
    [Fact]
    public async Task ThreeSilosRestartedInTurn_AgentDay_NothingLostNothingTwice()
    {
        await using var cluster = await LocalCluster.StartAsync(silos: 3, DemoPassword, Bound, Ct);
        var operations = ClientOperations.Load(Documents.ClientDocuments.ManifestPath);
        var waits = new FieldAgentOptions { FirstBackOff = TimeSpan.FromMilliseconds(100), MaxBackOff = TimeSpan.FromSeconds(1), JitterSeed = 1 };
        using var http = FieldAgentClient.CreateHttpClient(cluster.Address);
        var marc = new FieldAgentClient(http, operations, waits);
        await marc.SignInAsync(CrashDrill.North, DemoPassword, Ct);
        var shipment = await AgentDay.AutumnShipmentArrivedAsync(marc, CrashDrill.Partnership, Ct);
        var fatou = new FieldAgentClient(http, operations, waits);
        await fatou.SignInAsync(Shipments.ShipmentRequests.SeneclicSouth, DemoPassword, Ct);

        var day = AgentDay.Plan(shipment);
        foreach (var photo in day.Photos)
            fatou.QueuePhoto(CrashDrill.Partnership, photo, $"announce-{photo.UploadId}");
        var restarts = Task.Run(async () =>
        {
            for (var silo = 0; silo < cluster.SiloCount; silo++)
                await cluster.RestartAsync(silo, Ct);
        }, Ct);
        // One confirmation at a time, paced while the silos roll, so that the day spans every restart.
        var failedSyncs = 0;
        foreach (var (mutation, input) in day.Confirmations)
        {
            fatou.Queue(mutation, input);
            failedSyncs += await UntilSentAsync(fatou);
            if (!restarts.IsCompleted)
                await Task.Delay(1000, Ct);
        }
        await restarts.WaitAsync(Bound, Ct);
        failedSyncs += await UntilSentAsync(fatou);

        var shipmentRead = await ReadAsync(cluster.Address, fatou.AccessToken!,
            "query($id: ID!) { shipment(id: $id) { items { id verdict { verdict reason photoId } } history(first: 100) { nodes { clientMutationId } } } }",
            new JsonObject { ["id"] = shipment });
        var items = shipmentRead["shipment"]!["items"]!.AsArray();
        var history = shipmentRead["shipment"]!["history"]!["nodes"]!.AsArray().Select(h => h!["clientMutationId"]?.GetValue<string>()).ToList();
        var lost = day.Verdicts.Count(v => items.Single(i => i!["id"]!.GetValue<string>() == v.ItemId)!["verdict"] is not JsonObject verdict
            || (verdict["verdict"]?.GetValue<string>(), verdict["reason"]?.GetValue<string>(), verdict["photoId"]?.GetValue<string>()) != (v.Verdict, v.Reason, v.PhotoId));
        var duplicates = day.Confirmations.Sum(c => Math.Max(0, history.Count(id => id == c.Input["clientMutationId"]!.GetValue<string>()) - 1));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Rolling restart: {fatou.Counts}; syncs failed and sent again: {failedSyncs}; lost {lost}, duplicates {duplicates}");

        Assert.Empty(fatou.Outbox.Pending);
        Assert.Empty(fatou.Outbox.Refused);
        Assert.Equal(40, fatou.Counts.Acknowledgements.Count);
        Assert.Equal(5, fatou.Counts.PhotosCommitted);
        Assert.Equal(0, lost);
        Assert.Equal(0, duplicates);
        Assert.All(day.Confirmations, c => Assert.Contains(c.Input["clientMutationId"]!.GetValue<string>(), history));
    }

    // The phone's rule: what did not go up stays queued and goes with the next sync; how many attempts failed.
    private static async Task<int> UntilSentAsync(FieldAgentClient phone)
    {
        var deadline = DateTimeOffset.UtcNow + Bound;
        for (var failed = 0; ; failed++)
        {
            try
            {
                await phone.RunAsync(CrashDrill.Partnership, cancellationToken: Ct);
                if (phone.Outbox.Pending.Count == 0)
                    return failed;
            }
            catch (FieldAgentException) when (DateTimeOffset.UtcNow < deadline)
            {
            }
            Assert.True(DateTimeOffset.UtcNow < deadline, "The phone's outbox never emptied.");
            await Task.Delay(500, Ct);
        }
    }

    private static async Task<JsonNode> ReadAsync(Uri host, string token, string query, JsonObject variables)
    {
        using var http = new HttpClient { BaseAddress = host };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(new JsonObject { ["query"] = query, ["variables"] = variables }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, Ct);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync(Ct));
        return answer?["data"] ?? throw new InvalidOperationException($"Reading failed: {answer?.ToJsonString()}");
    }
}
