using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Cooperation.Benchmarks;

/// <summary>
/// One signed-in person floods the API with the 4,000-field document (one field repeated, 44 KB, which took 3–4.5 s to
/// validate before the document limits) from several connections at once; meanwhile an anonymous visitor reads the
/// directory (GET by document id, the web client's first read), a bounded number of times, one after the other. The
/// same reads without the flood come first. Latencies and the flood's answers are printed, never asserted.
/// </summary>
public static class Flood
{
    private const int Reads = 200;
    private const int Senders = 8;

    public static async Task RunAsync(BenchHost host, string floodToken)
    {
        Console.WriteLine($"Flood — anonymous directory reads ({Reads}, one after the other, loopback) alone, then while one signed-in person " +
            $"sends the 4,000-field document from {Senders} connections at once");
        using var reader = new HttpClient { BaseAddress = host.Address };
        var directory = "/graphql?documentId=" + Uri.EscapeDataString(host.Operations.IdOf("Directory"));
        await ReadAsync(reader, directory); // a first read warms the path; not counted

        Console.WriteLine($"  without flood: {Summary(await ReadsAsync(reader, directory))}");

        using var flooder = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromMinutes(2) };
        flooder.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", floodToken);
        flooder.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        var document = "{ " + string.Join(' ', Enumerable.Repeat("__typename", 4_000)) + " }";
        var answers = new ConcurrentDictionary<string, int>();
        using var stop = new CancellationTokenSource();
        var first = new TaskCompletionSource();
        var senders = Enumerable.Range(0, Senders).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var response = await flooder.PostAsJsonAsync("/graphql", new { query = document });
                var code = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())?["errors"]?[0]?["extensions"]?["code"];
                answers.AddOrUpdate($"{(int)response.StatusCode} {code}", 1, (_, n) => n + 1);
                first.TrySetResult();
            }
        })).ToList();
        await first.Task;
        var during = await ReadsAsync(reader, directory);
        await stop.CancelAsync();
        await Task.WhenAll(senders);

        Console.WriteLine($"  during flood:  {Summary(during)}");
        Console.WriteLine($"  flood answers: {string.Join(", ", answers.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key} × {a.Value}"))}");
    }

    private static async Task<List<(TimeSpan Time, int Status)>> ReadsAsync(HttpClient http, string directory)
    {
        var reads = new List<(TimeSpan, int)>(Reads);
        for (var i = 0; i < Reads; i++)
            reads.Add(await ReadAsync(http, directory));
        return reads;
    }

    private static async Task<(TimeSpan Time, int Status)> ReadAsync(HttpClient http, string directory)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, directory);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        var watch = Stopwatch.StartNew();
        using var response = await http.SendAsync(request);
        await response.Content.ReadAsByteArrayAsync();
        return (watch.Elapsed, (int)response.StatusCode);
    }

    private static string Summary(List<(TimeSpan Time, int Status)> reads)
    {
        var other = reads.Count(r => r.Status != 200);
        return new Latencies(reads.Select(r => r.Time.TotalMilliseconds)).ToString() +
            (other == 0 ? $", all {reads.Count} answered 200" : $", {other} of {reads.Count} not 200 ({string.Join(", ", reads.Where(r => r.Status != 200).Select(r => r.Status).Distinct())})");
    }
}
