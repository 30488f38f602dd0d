using Cooperation.FieldAgent;

namespace Cooperation.Benchmarks;

/// <summary>
/// The figures of what the server spends (B5 on DESIGN's dataset, B7, B8, B10), on a host of their own: the embedded
/// default on its local-disk store, request limits lifted. <c>./bench B5</c>, <c>B7</c>, <c>B8</c> or <c>B10</c> runs one
/// (B8 measures B7 first: its load is half of B7's).
/// </summary>
public static class CostFigures
{
    public static readonly IReadOnlyList<string> Names = ["B5", "B7", "B8", "B10"];

    /// <param name="only">One of <see cref="Names"/>, or null for all (B5 then only on DESIGN's dataset: the seed's is printed earlier).</param>
    public static async Task RunAsync(string? only, FieldAgentOptions phone)
    {
        bool Runs(params string[] names) => only is null || names.Contains(only);
        Console.WriteLine("The server's costs — the embedded default (local-disk store, fsynced), in this process");
        Console.WriteLine();
        await using var host = await BenchHost.StartOnLocalDiskAsync();

        if (Runs("B5"))
        {
            if (only is not null)
            {
                var (fatou, fatouHttp) = await host.DirectAsync(BenchHost.South, phone);
                Console.WriteLine("B5 — first sync of the seeded Sénéclic partnership (Sync document, no cursor, no actions)");
                await FirstSync.RunAsync(host, fatou.AccessToken!, BenchHost.Partnership, phone);
                fatouHttp.Dispose();
                Console.WriteLine();
            }
            await DesignDataset.SeedAsync(host, phone);
            var (koffi, koffiHttp) = await host.DirectAsync(DesignDataset.South, phone);
            Console.WriteLine($"B5 — first sync of DESIGN's dataset ({DesignDataset.Partnership} topped up to {DesignDataset.Milestones} milestones, " +
                $"{DesignDataset.Shipments} shipments × {DesignDataset.BoxesPerShipment * DesignDataset.ItemsPerBox} items, {DesignDataset.Reports} reports) by its South agent");
            await FirstSync.RunAsync(host, koffi.AccessToken!, DesignDataset.Partnership, phone);
            koffiHttp.Dispose();
            Console.WriteLine();
        }

        var b7 = 0.0;
        if (Runs("B7", "B8"))
        {
            b7 = await ReadThroughput.RunAsync(host);
            Console.WriteLine();
        }

        if (Runs("B8", "B10"))
        {
            Console.WriteLine($"Ageing one partnership to {AgedPartnership.Changes:N0} changes (at most {Budget.Seconds(AgedPartnership.AgeingBudget)})");
            await AgedPartnership.AgeAsync(host);
            Console.WriteLine();
        }

        if (Runs("B10"))
        {
            await ActionCost.ConfirmationsAsync(host, phone);
            await ActionCost.MilestoneChangesAsync(host);
            Console.WriteLine();
        }

        if (Runs("B8"))
        {
            await ServerLatency.RunAsync(host, b7);
            Console.WriteLine();
        }
    }
}
