using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Cooperation.Benchmarks;

/// <summary>
/// The load generators: Debian's <c>wrk</c> for throughput (a process of its own, 2 threads × 16 connections), or, when it
/// cannot be had, the same closed loop in this process; and an open loop at a fixed rate for latency, each request timed
/// from when it was due, so a stalled server is not hidden by requests that were never sent.
/// </summary>
public static partial class Load
{
    public const string Wrk = "/usr/bin/wrk";
    public const int Threads = 2;
    public const int Connections = 16;

    public static bool HasWrk => File.Exists(Wrk);

    public static string Generator => HasWrk ? $"wrk {Threads} threads × {Connections} connections" : $".NET HttpClient, {Connections} connections in a closed loop (wrk missing: apt-get install wrk)";

    /// <summary>
    /// Requests per second answered 2xx, over <paramref name="duration"/>, after a warm-up of a third of it; how many were
    /// sent, how many not 2xx, and this process's CPU time and allocated bytes per request meanwhile (the servers run
    /// here; wrk does not): unlike the rate, these hardly move when something else shares the cores.
    /// </summary>
    /// <param name="warm">Called between the warm-up and the measure.</param>
    public static async Task<(double PerSecond, long Requests, long Failed, double CpuMicroseconds, double AllocatedBytes)> ThroughputAsync(Uri url, IReadOnlyDictionary<string, string> headers, TimeSpan duration, Func<Task>? warm = null)
    {
        await (HasWrk ? WrkAsync(url, headers, duration / 3) : ClosedLoopAsync(url, headers, duration / 3));
        if (warm is not null)
            await warm();
        using var self = Process.GetCurrentProcess();
        var cpuBefore = self.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var (rate, requests, failed) = await (HasWrk ? WrkAsync(url, headers, duration) : ClosedLoopAsync(url, headers, duration));
        self.Refresh();
        var cpu = (self.TotalProcessorTime - cpuBefore).TotalMicroseconds / Math.Max(1, requests);
        var allocated = (double)(GC.GetTotalAllocatedBytes() - allocatedBefore) / Math.Max(1, requests);
        return (rate, requests, failed, cpu, allocated);
    }

    /// <summary>
    /// Sends <paramref name="request"/> at <paramref name="perSecond"/> for <paramref name="duration"/>, whatever the
    /// answers' pace; the time of each from when it was due, and how many were not 2xx.
    /// </summary>
    public static async Task<(Latencies Times, int Failed)> OpenLoopAsync(HttpClient http, Func<HttpRequestMessage> request, double perSecond, TimeSpan duration)
    {
        var times = new ConcurrentBag<double>();
        var failed = 0;
        var total = (int)(perSecond * duration.TotalSeconds);
        var sending = new List<Task>(total);
        var start = Stopwatch.GetTimestamp();
        for (var sent = 0; sent < total;)
        {
            var due = Math.Min(total, (int)(Stopwatch.GetElapsedTime(start).TotalSeconds * perSecond) + 1);
            for (; sent < due; sent++)
                sending.Add(OneAsync(start + (long)(sent / perSecond * Stopwatch.Frequency)));
            await Task.Delay(1);
        }
        await Task.WhenAll(sending);
        return (new Latencies(times), failed);

        async Task OneAsync(long dueAt)
        {
            await Task.Yield();
            using var message = request();
            using var response = await http.SendAsync(message);
            await response.Content.ReadAsByteArrayAsync();
            if (!response.IsSuccessStatusCode)
                Interlocked.Increment(ref failed);
            times.Add(Stopwatch.GetElapsedTime(dueAt).TotalMilliseconds);
        }
    }

    private static async Task<(double, long, long)> WrkAsync(Uri url, IReadOnlyDictionary<string, string> headers, TimeSpan duration)
    {
        var start = new ProcessStartInfo(Wrk) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { $"-t{Threads}", $"-c{Connections}", $"-d{(int)Math.Ceiling(duration.TotalSeconds)}s" })
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in headers)
        {
            start.ArgumentList.Add("-H");
            start.ArgumentList.Add($"{name}: {value}");
        }
        start.ArgumentList.Add(url.ToString());
        using var wrk = Process.Start(start)!;
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        var rate = RequestsPerSecond().Match(output);
        if (wrk.ExitCode != 0 || !rate.Success)
            throw new InvalidOperationException($"wrk failed (exit {wrk.ExitCode}): {output} {await wrk.StandardError.ReadToEndAsync()}");
        var failed = NotOk().Match(output) is { Success: true } n ? long.Parse(n.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var total = long.Parse(Total().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var perSecond = double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture);
        return (total == 0 ? 0 : perSecond * (total - failed) / total, total, failed);
    }

    private static async Task<(double, long, long)> ClosedLoopAsync(Uri url, IReadOnlyDictionary<string, string> headers, TimeSpan duration)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Connections });
        var (ok, failed) = (0L, 0L);
        var stop = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, Connections).Select(_ => Task.Run(async () =>
        {
            while (Stopwatch.GetTimestamp() < stop)
            {
                using var message = new HttpRequestMessage(HttpMethod.Get, url);
                foreach (var (name, value) in headers)
                    message.Headers.TryAddWithoutValidation(name, value);
                using var response = await http.SendAsync(message);
                await response.Content.ReadAsByteArrayAsync();
                Interlocked.Increment(ref response.IsSuccessStatusCode ? ref ok : ref failed);
            }
        })));
        return (ok / duration.TotalSeconds, ok + failed, failed);
    }

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+([0-9]+)")]
    private static partial Regex NotOk();

    [GeneratedRegex(@"([0-9]+) requests in")]
    private static partial Regex Total();
}
