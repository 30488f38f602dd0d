using System.Diagnostics;
using System.Globalization;
using Cooperation.LinkEmulator;
using Cooperation.Testing;
using static Cooperation.Benchmarks.Budget;

namespace Cooperation.Benchmarks;

/// <summary>
/// B2: the web client's first usable screen over EDGE, cold and then offline. Debian's chromium, driven by
/// tests/web-e2e/first-screen.mjs, reaches the host only through the link emulator's address; at each of the script's
/// marks the emulator's counters are read and reset, so each phase gets its own bytes and requests.
/// </summary>
public static class FirstScreen
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly TimeSpan ColdBudget = TimeSpan.FromSeconds(4);
    private static readonly TimeSpan OfflineBudget = TimeSpan.FromSeconds(0.5);

    public static async Task RunAsync(BenchHost host)
    {
        var profile = LinkProfile.Edge;
        Console.WriteLine($"B2 — first usable screen of the web client over {profile}: Debian chromium, fresh profile, CPU slowed ×4, HTTP/1.1 through the emulator");
        var root = EmbeddedApi.RepositoryRoot();
        if (!File.Exists(Chromium) || !File.Exists(Path.Combine(root, "web-client", "dist", "index.html")))
        {
            Console.WriteLine($"  not run: {(File.Exists(Chromium) ? "the web client is not built (npm run build)" : "chromium is missing (apt-get install chromium)")}");
            return;
        }

        await using var link = LinkProxy.Start(host.Address, profile);
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { Path.Combine("tests", "web-e2e", "first-screen.mjs"), link.BaseAddress.ToString(), BenchHost.South, BenchHost.DemoPassword })
            start.ArgumentList.Add(argument);
        using var browser = Process.Start(start)!;
        var errors = browser.StandardError.ReadToEndAsync();
        var phases = new Dictionary<string, (TimeSpan Time, LinkSnapshot Counted)>();
        link.Counters.Reset();
        while (await browser.StandardOutput.ReadLineAsync() is { } line)
        {
            var parts = line.Split(' ');
            if (parts is ["MARK", var phase, var ms])
            {
                phases[phase] = (TimeSpan.FromMilliseconds(double.Parse(ms, CultureInfo.InvariantCulture)), link.Counters.Snapshot());
                link.Counters.Reset();
                await browser.StandardInput.WriteLineAsync("go");
                await browser.StandardInput.FlushAsync();
            }
            else
            {
                Console.WriteLine($"  {line}");
            }
        }
        await browser.WaitForExitAsync();
        if (browser.ExitCode != 0 || phases.Count < 4)
        {
            Console.WriteLine($"  the browser run failed (exit {browser.ExitCode}): {(await errors).Trim()}");
            return;
        }

        var form = phases["cold-sign-in-form"];
        var home = phases["cold-signed-in-home"];
        var rest = phases["first-visit-complete"];
        var offline = phases["offline-signed-in-home"];
        Console.WriteLine($"  cold, navigation → sign-in form usable: {Seconds(form.Time)}; {Counted(form.Counted)}");
        Console.WriteLine($"     {Check(form.Time <= ColdBudget, "≤ 4 s")} (floor of its bytes on one new connection {Seconds(profile.ExchangeFloor(form.Counted.PayloadBytesUp, form.Counted.PayloadBytesDown, newConnection: true))})");
        Console.WriteLine($"  cold, « Se connecter » → the person's partnerships on screen: {Seconds(home.Time)}; {Counted(home.Counted)}");
        Console.WriteLine($"     {Check(home.Time <= ColdBudget, "≤ 4 s")}");
        Console.WriteLine($"  rest of the first visit (service worker's precache, first sync): {Counted(rest.Counted)}");
        var all = new[] { form, home, rest }.Select(p => p.Counted).ToList();
        Console.WriteLine($"  whole first visit: {all.Sum(c => c.Requests)} requests, down {Bytes(all.Sum(c => c.PayloadBytesDown))} / up {Bytes(all.Sum(c => c.PayloadBytesUp))} HTTP");
        Console.WriteLine($"  offline repeat visit → the person's partnerships on screen: {Seconds(offline.Time)}; {offline.Counted.Requests} requests over the link");
        Console.WriteLine($"     {Check(offline.Time <= OfflineBudget && offline.Counted.Requests == 0, "≤ 0.5 s with no network on the critical path")}");
        Console.WriteLine("  (the emulator paces each TCP connection on its own: chromium's parallel connections each get the profile's rate,");
        Console.WriteLine("   so a cold load that opens several is a little optimistic; no DNS, no TLS on loopback — its handshake is modelled)");
    }

    private static string Counted(LinkSnapshot c) =>
        $"{c.Requests} request(s) on {c.ConnectionsOpened} new connection(s), down {Bytes(c.PayloadBytesDown)} / up {Bytes(c.PayloadBytesUp)} HTTP " +
        $"({Bytes(c.WireBytesDown + c.WireBytesUp)} on the wire both ways)";
}
