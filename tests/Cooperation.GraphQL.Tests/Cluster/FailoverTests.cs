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
}
