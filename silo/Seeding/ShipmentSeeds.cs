using Cooperation.Grains.Common;
using Cooperation.Grains.Shipments;
using Cooperation.Grains.Shipments.Commands;

namespace Cooperation.Silo.Seeding;

/// <summary>
/// The seeded shipments, drawn from the seed text: Sénéclic (initiative 27) refurbishes computers in Besançon, in a
/// workshop that employs disabled people, to equip the multimedia rooms of Senegalese schools. One earlier shipment
/// was received with a discrepancy the North has still to reconcile; a larger one is in transit.
/// </summary>
/// <remarks>
/// Every command has a fixed client mutation id, and a shipment's key derives from the id of the action that
/// prepared it, so a restart replays them as repeats and nothing is duplicated or changed. Every step carries its own
/// date (<see cref="Command.At"/>): the spring shipment reached Dakar after the first half-year, so Sénéclic's report
/// for the second half of 2026 counts its computers, whatever the day the platform first starts. The schools and serial
/// numbers are invented examples (the seed text names no school); the systems are the free distributions such
/// programmes install (PrimTux for primary schools, Emmabuntüs for reuse, Linux Mint).
/// </remarks>
public static class ShipmentSeeds
{
    private const string Slug = "seneclic";

    // Example destinations (invented names, realistic places).
    private const string Ngor = "École élémentaire de Ngor, Dakar";
    private const string Ouakam = "École élémentaire Ouakam 2, Dakar";
    private const string Yoff = "École élémentaire de Yoff Layène, Dakar";
    private const string Rufisque = "CEM de Rufisque Est, Rufisque";
    private const string Thies = "École élémentaire Médina Fall, Thiès";
    private const string Mbour = "École élémentaire de Saly Portudal, Mbour";
    private const string Inspection = "Inspection de l'éducation et de la formation de Dakar-Almadies";

    // The spring shipment's life: packed in April, held up in customs at Dakar until the end of June (the first
    // half-year's report says so), received in July, installed for the school year, seen working by the October mission.
    private static readonly DateTimeOffset SpringPrepared = SeedDates.On(2026, 4, 13);
    private static readonly (ShipmentStatus Status, DateTimeOffset At)[] SpringSteps =
        [(ShipmentStatus.Shipped, SeedDates.On(2026, 4, 20)), (ShipmentStatus.InTransit, SeedDates.On(2026, 4, 24)), (ShipmentStatus.Arrived, SeedDates.On(2026, 6, 29))];
    private static readonly DateTimeOffset SpringReceived = SeedDates.On(2026, 7, 6);
    private static readonly DateTimeOffset NgorInstalled = SeedDates.On(2026, 9, 21);

    // The autumn container left Besançon at the end of October.
    private static readonly DateTimeOffset AutumnPrepared = SeedDates.On(2026, 10, 26);
    private static readonly (ShipmentStatus Status, DateTimeOffset At)[] AutumnSteps =
        [(ShipmentStatus.Shipped, SeedDates.On(2026, 11, 2)), (ShipmentStatus.InTransit, SeedDates.On(2026, 11, 6))];

    public static async Task SeedAsync(IGrainFactory grains, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await SeedReceivedAsync(grains);
        cancellationToken.ThrowIfCancellationRequested();
        await SeedInTransitAsync(grains);
    }

    /// <summary>
    /// What became of the spring shipment's computers at the école de Ngor: installed in its multimedia room, then seen
    /// working by the October mission, whose report says the room « fonctionne et sert chaque semaine ».
    /// </summary>
    public static async Task SeedItemLivesAsync(IGrainFactory grains, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        const string prefix = "seed:seneclic:shipment-2026-spring";
        var shipment = grains.GetGrain<IShipmentGrain>(ShipmentRules.KeyFor(Slug, $"{prefix}:prepare"));
        var mission = MissionSeeds.KeyOf(Slug);
        foreach (var item in new[] { "i1", "i2", "i3" })
        {
            await shipment.RecordItemEventAsync(new RecordItemEvent($"{prefix}:{item}:installed", Actor.Seed, item, ItemEventKind.Installed,
                "Installé dans la salle multimédia de l'école de Ngor.") { At = NgorInstalled });
            await shipment.RecordItemEventAsync(new RecordItemEvent($"{prefix}:{item}:seen", Actor.Seed, item, ItemEventKind.SeenWorking,
                "Vu en marche pendant la mission des animateurs TICE.", mission) { At = MissionSeeds.SeneclicSchoolVisit });
        }
    }

    /// <summary>The spring shipment: received, one screen damaged and one laptop missing, each with its reason.</summary>
    private static async Task SeedReceivedAsync(IGrainFactory grains)
    {
        const string prefix = "seed:seneclic:shipment-2026-spring";
        var shipment = grains.GetGrain<IShipmentGrain>(ShipmentRules.KeyFor(Slug, $"{prefix}:prepare"));
        var actor = Actor.Seed;
        await shipment.PrepareAsync(new PrepareShipment($"{prefix}:prepare", actor,
            "Envoi de printemps 2026 — salles multimédia de Ngor et Ouakam",
            [
                Box("Carton 1 — École de Ngor", Ngor, "BSN-26P", 1, [ItemKind.Desktop, ItemKind.Desktop, ItemKind.Desktop, ItemKind.Screen]),
                Box("Carton 2 — École de Ngor", Ngor, "BSN-26P", 5, [ItemKind.Screen, ItemKind.Screen, ItemKind.Printer]),
                Box("Carton 3 — École Ouakam 2", Ouakam, "BSN-26P", 8, [ItemKind.Desktop, ItemKind.Desktop, ItemKind.Screen, ItemKind.Screen]),
                Box("Carton 4 — Enseignants TICE", Inspection, "BSN-26P", 12, [ItemKind.Laptop, ItemKind.Laptop, ItemKind.WifiTerminal]),
            ]) { At = SpringPrepared });
        foreach (var (status, at) in SpringSteps)
            await shipment.AdvanceAsync(new AdvanceShipment($"{prefix}:{status}", actor, status) { At = at });
        await shipment.ConfirmItemsAsync(new ConfirmShipmentItems($"{prefix}:receipt", actor,
        [
            new VerdictLine(null, "b1", ReceiptVerdict.Received, null, null),
            new VerdictLine(null, "b2", ReceiptVerdict.Received, null, null),
            new VerdictLine(null, "b3", ReceiptVerdict.Received, null, null),
            new VerdictLine(null, "b4", ReceiptVerdict.Received, null, null),
            new VerdictLine("i6", null, ReceiptVerdict.Damaged, "Dalle de l'écran fêlée à l'ouverture du carton 2 (choc pendant le transport).", "photo-seneclic-2026-spring-i6"),
            new VerdictLine("i13", null, ReceiptVerdict.Missing, "Portable absent du carton 4 : le carton est arrivé ouvert au port de Dakar.", null),
        ]) { At = SpringReceived });
    }

    /// <summary>The autumn shipment: 10 boxes, 50 items, in transit to five schools.</summary>
    private static async Task SeedInTransitAsync(IGrainFactory grains)
    {
        const string prefix = "seed:seneclic:shipment-2026-autumn";
        var shipment = grains.GetGrain<IShipmentGrain>(ShipmentRules.KeyFor(Slug, $"{prefix}:prepare"));
        var actor = Actor.Seed;
        ItemKind[] room = [ItemKind.Desktop, ItemKind.Desktop, ItemKind.Desktop, ItemKind.Screen, ItemKind.Screen];
        string[] schools = [Yoff, Yoff, Rufisque, Rufisque, Thies, Thies, Mbour, Mbour];
        var boxes = schools.Select((school, b) => Box($"Carton {b + 1} — {school.Split(',')[0]}", school, "BSN-26A", b * 5 + 1, room)).ToList();
        boxes.Add(Box("Carton 9 — Enseignants TICE", Inspection, "BSN-26A", 41, [ItemKind.Laptop, ItemKind.Laptop, ItemKind.Laptop, ItemKind.Laptop, ItemKind.Printer]));
        boxes.Add(Box("Carton 10 — Réseau des écoles", Inspection, "BSN-26A", 46, [ItemKind.Server, ItemKind.WifiTerminal, ItemKind.WifiTerminal, ItemKind.WifiTerminal, ItemKind.Other]));
        await shipment.PrepareAsync(new PrepareShipment($"{prefix}:prepare", actor,
            "Envoi d'automne 2026 — conteneur Besançon → Dakar (10 cartons)", boxes) { At = AutumnPrepared });
        foreach (var (status, at) in AutumnSteps)
            await shipment.AdvanceAsync(new AdvanceShipment($"{prefix}:{status}", actor, status) { At = at });
    }

    /// <summary>A box whose items are numbered from <paramref name="first"/> (serials "BSN-26A-0001"…), graded A, B, C in turn.</summary>
    private static PackedBox Box(string label, string destination, string series, int first, IReadOnlyList<ItemKind> kinds) =>
        new(label, [.. kinds.Select((kind, i) => new PackedItem(kind, $"{series}-{first + i:0000}", Record(kind, first + i), destination))]);

    private static Refurbishment Record(ItemKind kind, int number)
    {
        var grade = (number % 5) switch
        {
            0 => RefurbishmentGrade.C,
            1 or 3 => RefurbishmentGrade.B,
            _ => RefurbishmentGrade.A,
        };
        var system = kind switch
        {
            ItemKind.Desktop => "PrimTux 8",
            ItemKind.Laptop => "Linux Mint 22 Xfce",
            ItemKind.Server => "Debian 12",
            _ => null,
        };
        var hasStorage = kind is ItemKind.Desktop or ItemKind.Laptop or ItemKind.Server;
        return new Refurbishment(DataWiped: hasStorage, system, Tested: true, grade);
    }
}
