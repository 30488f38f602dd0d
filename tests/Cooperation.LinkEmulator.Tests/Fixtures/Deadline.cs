namespace Cooperation.LinkEmulator.Tests.Fixtures;

/// <summary>
/// How long a test of the link emulator may run. Each one takes a few seconds at most on loopback; without a bound, a
/// socket left waiting for a peer that will never answer holds the whole run until the CI job is killed. Past it,
/// xunit fails the test by its name and cancels <c>TestContext.Current.CancellationToken</c>, which every socket call,
/// wait and HTTP request here takes, so the stuck call ends and the proxy and servers are disposed.
/// </summary>
public static class Deadline
{
    /// <summary>For <c>[Fact(Timeout = Deadline.Test)]</c>: generous on a loaded 2-core machine, short beside a hung run.</summary>
    public const int Test = 60_000;
}
