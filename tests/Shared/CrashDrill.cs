namespace Cooperation.Testing;

/// <summary>What the crash drill counted.</summary>
/// <param name="Sent">planMilestone actions sent before the kill.</param>
/// <param name="Acknowledged">Of those, how many were answered with their milestone (the phone forgot them).</param>
/// <param name="Missing">Acknowledged actions whose milestone was not there after the restart: lost.</param>
/// <param name="ReplayRefused">Actions replayed after the restart (all of them, same ids) that were not acknowledged.</param>
/// <param name="Duplicates">Milestones beyond the first of one action id, after the replay.</param>
/// <param name="PhotoIntact">The photo committed before the burst reads back byte for byte after the restart.</param>
/// <param name="SessionKept">Marc's sign-in before the burst still works after the restart (a session is a write too).</param>
public sealed record CrashCounts(int Sent, int Acknowledged, int Missing, int ReplayRefused, int Duplicates, bool PhotoIntact, bool SessionKept)
{
    public override string ToString() =>
        $"sent {Sent}, acknowledged {Acknowledged}, unanswered at the kill {Sent - Acknowledged}; after the restart: missing {Missing}, " +
        $"session {(SessionKept ? "kept" : "LOST")}, photo {(PhotoIntact ? "intact" : "LOST OR DAMAGED")}; " +
        $"after the replay of all {Sent}: refused {ReplayRefused}, duplicates {Duplicates}";
}

/// <summary>
/// The embedded default killed mid-burst (DESIGN §5 B11): Marc (North staff, Sénéclic) commits a photo, then four
/// phones plan milestones as fast as answers come; once <see cref="KillAfter"/> are acknowledged, every process of the
/// host gets SIGKILL. The host restarts on the same data folder; every acknowledged milestone must be there, and the
/// phones' replay of everything they sent must add none twice. Shared by the crash test and the benchmark.
/// </summary>
public static class CrashDrill
{
    public const string Partnership = "seneclic";
    public const string North = "marc.girard@besancon.example";
    public const int Clients = 4;

    /// <summary>Acknowledgements before the kill: enough for every phone to be in full flight.</summary>
    public const int KillAfter = 60;

    private const string DemoPassword = "mot-de-passe-de-la-panne";

    // A bound on every wait (a host start on a busy 2-core machine included); never a fixed pause.
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(3);

    /// <summary>Runs the drill on a host whose data goes under <paramref name="dataFolder"/>; the counts, for the caller to judge.</summary>
    public static async Task<CrashCounts> RunAsync(string dataFolder, CancellationToken cancellationToken)
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var phones = Enumerable.Range(1, Clients).Select(i => new CrashClient($"crash-{run}-phone{i}")).ToList();
        var uploadId = $"photo-{run}";
        var photo = Jpeg(80_000);
        string token;

        await using (var host = await ChildHost.StartAsync(dataFolder, DemoPassword, Bound, cancellationToken))
        {
            token = await CrashClient.SignInAsync(host.Address, North, DemoPassword, cancellationToken);
            await CrashClient.UploadReportPhotoAsync(host.Address, token, Partnership, uploadId, photo, cancellationToken);

            var acknowledged = 0;
            var enough = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var burst = Task.WhenAll(phones.Select(phone => phone.SendUntilCutAsync(host.Address, token, () =>
            {
                if (Interlocked.Increment(ref acknowledged) == KillAfter)
                    enough.TrySetResult();
            }, cancellationToken)));
            // The burst ending first means a phone was cut with no kill: that fails below, with its reason.
            await Task.WhenAny(enough.Task, burst).WaitAsync(Bound, cancellationToken);
            host.Kill();
            await burst.WaitAsync(Bound, cancellationToken);
        }

        await using var restarted = await ChildHost.StartAsync(dataFolder, DemoPassword, Bound, cancellationToken);
        // A lost session is counted, then Marc signs in again so that the rest can still be counted.
        var sessionKept = await CrashClient.SignedInAsync(restarted.Address, token, cancellationToken);
        if (!sessionKept)
            token = await CrashClient.SignInAsync(restarted.Address, North, DemoPassword, cancellationToken);
        var afterCrash = await CrashClient.MilestoneTitlesAsync(restarted.Address, token, Partnership, cancellationToken);
        var missing = phones.SelectMany(p => p.Acknowledged).Count(id => afterCrash.GetValueOrDefault(CrashClient.Title(id)) == 0);
        var refused = 0;
        foreach (var phone in phones)
            refused += await phone.ReplayAsync(restarted.Address, token, cancellationToken);
        var afterReplay = await CrashClient.MilestoneTitlesAsync(restarted.Address, token, Partnership, cancellationToken);
        var duplicates = phones.SelectMany(p => p.Sent).Sum(id => Math.Max(0, afterReplay.GetValueOrDefault(CrashClient.Title(id)) - 1));
        var read = await CrashClient.ReadPhotoAsync(restarted.Address, token, Partnership, uploadId, cancellationToken);

        return new CrashCounts(
            phones.Sum(p => p.Sent.Count), phones.Sum(p => p.Acknowledged.Count), missing, refused, duplicates,
            read is not null && read.AsSpan().SequenceEqual(photo), sessionKept);
    }

    /// <summary>A "JPEG" of <paramref name="size"/> bytes: the format's first bytes, then noise (as compressed data looks).</summary>
    private static byte[] Jpeg(int size)
    {
        var bytes = new byte[size];
        Random.Shared.NextBytes(bytes);
        new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }.CopyTo(bytes, 0);
        return bytes;
    }
}
