using Cooperation.Grains.Partnerships;

namespace Cooperation.Silo.Seeding;

/// <summary>A jalon of the seed data, with how far it has come.</summary>
public sealed record SeedMilestone(
    string Title,
    string Description,
    PartnershipSide Side,
    DateOnly? StartOn,
    DateOnly DueOn,
    int Progress = 0,
    bool Completed = false);
