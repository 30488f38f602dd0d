namespace Cooperation.Silo.Seeding;

/// <summary>The seeded missions, drawn from the seed text; loaded after the partnerships and people, idempotently.</summary>
public static class MissionSeeds
{
    public static Task SeedAsync(IGrainFactory grains, CancellationToken cancellationToken) => Task.CompletedTask;
}
