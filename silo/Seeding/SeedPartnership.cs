using Cooperation.Grains.Partnerships;

namespace Cooperation.Silo.Seeding;

/// <summary>A partnership of the seed data with its milestones.</summary>
public sealed record SeedPartnership(
    string Slug,
    string Name,
    string Summary,
    Party North,
    Party South,
    IReadOnlyList<Party> ThirdPartners,
    IReadOnlyList<string> Themes,
    DateOnly StartedOn,
    IReadOnlyList<SeedMilestone> Milestones);
