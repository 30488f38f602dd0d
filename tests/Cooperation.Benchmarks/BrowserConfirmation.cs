using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Cooperation.FieldAgent;
using Cooperation.LinkEmulator;
using Cooperation.Testing;
using static Cooperation.Benchmarks.Budget;

namespace Cooperation.Benchmarks;

/// <summary>
/// B3 as a phone's browser sends it: Debian's chromium, driven by tests/web-e2e/confirm-on-open-connection.mjs, on its
/// open TLS connection through the emulator, first a sync with nothing to send (the screen's own, which puts the
/// session's headers in HPACK's table), then one delivery confirmation, counted alone, then the syncs with nothing to
/// send that follow it, as the web client makes them: a GET of the changes since its cursor, answered in full the first
/// time after the cursor moved, then revalidated by the browser's cache and answered 304 while nothing changes (B4).
/// Chromium's HPACK encoder indexes the headers it sends, the bearer token included, where .NET's sends them whole
/// every time.
/// </summary>
public static class BrowserConfirmation
{
    private const string Chromium = "/usr/bin/chromium";

    public static async Task RunAsync(BenchHost host, FieldAgentClient agent, string shipment, Func<string> nextItem, LinkProfile profile)
    {
        var root = EmbeddedApi.RepositoryRoot();
        foreach (var http1 in new[] { true, false })
        {
            var version = http1 ? "HTTP/1.1" : "HTTP/2";
            Console.WriteLine($"B3 — one delivery confirmation from chromium, {version} over TLS 1.3, {profile}");
            if (!File.Exists(Chromium))
            {
                Console.WriteLine("  not run: chromium is missing (apt-get install chromium)");
                return;
            }
            await agent.SyncAsync(BenchHost.Partnership);
            await using var link = LinkProxy.Start(host.SecureAddress, profile, new LinkProxyOptions { ModelTls = false });
            var start = new ProcessStartInfo("node")
            {
                WorkingDirectory = root,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[] { Path.Combine("tests", "web-e2e", "confirm-on-open-connection.mjs"), link.SecureBaseAddress.ToString(), host.KeyPin })
                start.ArgumentList.Add(argument);
            if (http1)
                start.ArgumentList.Add("--http1");
            using var browser = Process.Start(start)!;
            var errors = browser.StandardError.ReadToEndAsync();
            if (await browser.StandardOutput.ReadLineAsync() != "READY")
            {
                Console.WriteLine($"  the browser run failed: {(await errors).Trim()}");
                return;
            }

            var item = nextItem();
            var cursor = agent.Cursor;
            var requests = new (string Name, JsonObject? Action)[]
            {
                ("the screen's sync, nothing to send (GET)", null),
                ("one confirmation on the open connection", new JsonObject { ["confirmShipmentItems"] = AgentDay.Confirmation($"bench-browser-{version}-{item}", shipment, item, "RECEIVED") }),
                ("the next sync, nothing to send: the first GET since the cursor moved", null),
                ("B4, a sync with nothing changed on the open connection (GET, revalidated)", null),
            };
            for (var n = 0; n < requests.Length; n++)
            {
                var (name, action) = requests[n];
                var request = action is null
                    ? new JsonObject
                    {
                        ["method"] = "GET",
                        ["path"] = "/graphql?documentId=" + Uri.EscapeDataString(host.Operations.IdOf("Changes")) + "&variables=" +
                            Uri.EscapeDataString(new JsonObject { ["partnershipId"] = BenchHost.Partnership, ["since"] = cursor }.ToJsonString()),
                        ["token"] = agent.AccessToken,
                    }
                    : new JsonObject
                    {
                        ["method"] = "POST",
                        ["path"] = "/graphql",
                        ["body"] = new JsonObject
                        {
                            ["documentId"] = host.Operations.Sync,
                            ["variables"] = new JsonObject
                            {
                                ["input"] = new JsonObject { ["partnershipId"] = BenchHost.Partnership, ["since"] = cursor, ["actions"] = new JsonArray(action) },
                            },
                        },
                        ["token"] = agent.AccessToken,
                    };
                link.Counters.Reset();
                await browser.StandardInput.WriteLineAsync(request.ToJsonString());
                await browser.StandardInput.FlushAsync();
                var done = (await browser.StandardOutput.ReadLineAsync())?.Split(' ');
                var counted = link.Counters.Snapshot();
                if (done is not ["DONE", var ms, var status, _, var protocol, var answerCursor])
                {
                    Console.WriteLine($"  the browser run failed: {(await errors).Trim()}");
                    return;
                }
                if (answerCursor != "-")
                    cursor = answerCursor;
                var wire = counted.WireBytesUp + counted.WireBytesDown;
                var time = TimeSpan.FromMilliseconds(double.Parse(ms, CultureInfo.InvariantCulture));
                var floor = profile.ExchangeFloor(counted.PayloadBytesUp, counted.PayloadBytesDown, newConnection: false, tls: false);
                Console.WriteLine($"  {name}: HTTP {status} ({protocol}), {counted.ConnectionsOpened} new connection(s); up {Bytes(counted.PayloadBytesUp)} / down {Bytes(counted.PayloadBytesDown)} " +
                    $"TCP payload, {Bytes(wire)} on the wire both ways; {Seconds(time)} vs floor {Seconds(floor)}");
                if (action is not null)
                    Console.WriteLine($"     {Check(status == "200" && counted.ConnectionsOpened == 0 && wire <= SecureConfirmation.OpenBudget, "≤ 1 KB on the wire, on the open connection")}");
                else if (n == requests.Length - 1)
                    Console.WriteLine($"     {Check(status is "200" or "304" && counted.ConnectionsOpened == 0 && wire <= 400, "≤ 400 B on the wire both ways, or a 304 (DESIGN's B4)")}");
            }
            browser.StandardInput.Close();
            await browser.WaitForExitAsync();
        }
        Console.WriteLine();
    }
}
