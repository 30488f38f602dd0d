using Cooperation.Testing;

namespace Cooperation.GraphQL.Tests.Http;

/// <summary>
/// The embedded default as <c>./run</c> starts it, in a process of its own, killed with SIGKILL: what it acknowledged
/// is there after the restart (DESIGN §5 B11), and one process at a time owns its data.
/// </summary>
public sealed class CrashTests : IDisposable
{
    private readonly string _data = Directory.CreateDirectory(
        Path.Combine(Path.GetTempPath(), "cooperation-tests", $"crash-{Guid.NewGuid():N}")).FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// Four phones plan milestones; the host is killed mid-burst and restarted on the same data: no acknowledged
    /// milestone is missing, the phones' replay of everything they sent adds no milestone twice, and a photo committed
    /// before the burst reads back byte for byte, and the session opened before it still works.
    /// </summary>
    [Fact]
    public async Task EmbeddedHost_KilledMidBurst_NothingAcknowledgedLostNoDuplicate()
    {
        var counts = await CrashDrill.RunAsync(_data, Ct);

        TestContext.Current.TestOutputHelper?.WriteLine($"Crash drill (B11): {counts}");
        Assert.True(counts.Acknowledged >= CrashDrill.KillAfter, $"The host was killed before the burst got going: {counts}");
        Assert.Equal(0, counts.Missing);
        Assert.True(counts.SessionKept, $"Marc's session, opened before the crash, is gone: {counts}");
        Assert.Equal(0, counts.ReplayRefused);
        Assert.Equal(0, counts.Duplicates);
        Assert.True(counts.PhotoIntact, $"The photo committed before the crash does not read back intact: {counts}");
    }

    /// <summary>A second host on data that a running one holds stops at once, saying so in French and English.</summary>
    [Fact]
    public async Task SecondHost_SameData_RefusedInFrenchAndEnglish()
    {
        var bound = TimeSpan.FromMinutes(3);
        await using var first = await ChildHost.StartAsync(_data, "mot-de-passe-de-test", bound, Ct);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => ChildHost.StartAsync(_data, "mot-de-passe-de-test", bound, Ct));

        Assert.Contains("sont déjà utilisées par un autre processus Cooperation", refused.Message);
        Assert.Contains("is already in use by another Cooperation process", refused.Message);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
