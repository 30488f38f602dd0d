using System.Text.Json.Nodes;
using Cooperation.FieldAgent;

namespace Cooperation.Benchmarks;

/// <summary>
/// DESIGN's B5 partnership, built on a seeded one through the API as its North staff member would: topped up to 50
/// milestones, 10 shipped shipments of 50 items (10 boxes of 5) and 20 submitted reports. Titles, serial numbers and
/// destinations vary as real ones do (a fixed seed), so Brotli finds no more repetition than in real data.
/// </summary>
public static class DesignDataset
{
    public const string Partnership = "e-administration-plateau";
    public const string North = "sophie.bernard@legrandchalon.example";
    public const string South = "koffi.adjovi@plateau.example";
    public const int Milestones = 50;
    public const int Shipments = 10;
    public const int BoxesPerShipment = 10;
    public const int ItemsPerBox = 5;
    public const int Reports = 20;

    private const string Prepare = """
        mutation($input: PrepareShipmentInput!) { prepareShipment(input: $input) { shipment { id } } }
        """;

    private const string Advance = """
        mutation($input: AdvanceShipmentInput!) { advanceShipment(input: $input) { shipment { id } } }
        """;

    private static readonly string[] Communes = ["Pobè", "Kétou", "Sakété", "Adja-Ouèrè", "Ifangni"];
    private static readonly string[] Places = ["Mairie", "Arrondissement", "École primaire publique", "CEG", "Centre de santé", "Bibliothèque"];
    private static readonly string[] Kinds = ["LAPTOP", "DESKTOP", "SCREEN", "PRINTER", "WIFI_TERMINAL"];
    private static readonly string[] Works = ["Raccordement", "Formation des agents", "Numérisation de l'état civil", "Installation du réseau", "Inventaire du matériel", "Atelier", "Mission de suivi", "Recrutement d'un technicien"];

    /// <summary>Tops the partnership up to the dataset; returns when the South agent's first sync would see all of it.</summary>
    public static async Task SeedAsync(BenchHost host, FieldAgentOptions phone)
    {
        var random = new Random(5);
        using var north = await host.MemberAsync(North);
        var (south, southHttp) = await host.DirectAsync(South, phone);
        using var _ = southHttp;
        var (milestones, shipments, _, reports, _) = FirstSync.Counts((await south.SyncAsync(Partnership)).Changes);

        for (var rank = milestones + 1; rank <= Milestones; rank++)
        {
            var due = new DateOnly(2026, 1, 1).AddDays(random.Next(30, 900));
            await north.MutateAsync("PlanMilestone", Input(new JsonObject
            {
                ["clientMutationId"] = $"dataset-milestone-{rank}",
                ["partnershipId"] = Partnership,
                ["title"] = $"{Pick(random, Works)} — {Pick(random, Places)} de {Pick(random, Communes)} ({rank})",
                ["description"] = $"Étape {rank} du programme avec la commune de {Pick(random, Communes)}.",
                ["side"] = rank % 2 == 0 ? "NORTH" : "SOUTH",
                ["startOn"] = due.AddDays(-random.Next(20, 120)).ToString("yyyy-MM-dd"),
                ["dueOn"] = due.ToString("yyyy-MM-dd"),
            }));
        }

        for (var number = shipments + 1; number <= Shipments; number++)
        {
            var series = $"GCP-{26 + number / 4}{(char)('A' + number % 4)}";
            var boxes = new JsonArray();
            for (var box = 1; box <= BoxesPerShipment; box++)
            {
                var destination = $"{Pick(random, Places)} de {Pick(random, Communes)}";
                var items = new JsonArray();
                for (var item = 1; item <= ItemsPerBox; item++)
                {
                    var kind = Pick(random, Kinds);
                    items.Add(new JsonObject
                    {
                        ["kind"] = kind,
                        ["serialNumber"] = $"{series}-{random.Next(1000, 9999)}-{box:00}{item}",
                        ["destination"] = destination,
                        ["refurbishment"] = new JsonObject
                        {
                            ["dataWiped"] = true,
                            ["systemInstalled"] = kind is "LAPTOP" or "DESKTOP" ? "PrimTux 8" : null,
                            ["tested"] = true,
                            ["grade"] = "ABC"[random.Next(3)].ToString(),
                        },
                    });
                }
                boxes.Add(new JsonObject { ["label"] = $"Carton {box} — {destination}", ["items"] = items });
            }
            var prepared = await north.TextAsync(Prepare, Input(new JsonObject
            {
                ["clientMutationId"] = $"dataset-shipment-{number}",
                ["partnershipId"] = Partnership,
                ["title"] = $"Envoi {number} — Chalon-sur-Saône → Pobè ({BoxesPerShipment} cartons)",
                ["boxes"] = boxes,
            }));
            var id = prepared["prepareShipment"]!["shipment"]!["id"]!.GetValue<string>();
            await north.TextAsync(Advance, Input(new JsonObject { ["clientMutationId"] = $"dataset-shipped-{number}", ["shipmentId"] = id, ["status"] = "SHIPPED" }));
        }

        for (var number = reports + 1; number <= Reports; number++)
        {
            var start = new DateOnly(2030, 1, 1).AddMonths(number);
            var drafted = await north.MutateAsync("DraftReport", Input(new JsonObject
            {
                ["clientMutationId"] = $"dataset-report-{number}",
                ["partnershipId"] = Partnership,
                ["periodStart"] = start.ToString("yyyy-MM-dd"),
                ["periodEnd"] = start.AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd"),
                ["activities"] = $"{Pick(random, Works)} à {Pick(random, Communes)} ; {Pick(random, Works).ToLowerInvariant()} à {Pick(random, Communes)}.",
                ["results"] = $"{random.Next(2, 30)} agents formés, {random.Next(1, 6)} mairies raccordées.",
            }));
            var id = drafted["draftReport"]!["report"]!["id"]!.GetValue<string>();
            await north.MutateAsync("SubmitReport", Input(new JsonObject { ["clientMutationId"] = $"dataset-submit-{number}", ["reportId"] = id }));
        }
    }

    private static JsonObject Input(JsonObject input) => new() { ["input"] = input };

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
