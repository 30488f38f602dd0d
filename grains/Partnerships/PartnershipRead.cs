namespace Cooperation.Grains.Partnerships;

/// <summary>
/// A partnership and its milestones as one read: what the Partnership screen, and a tool following the plan, open with.
/// </summary>
/// <param name="Milestones">In planning order; null when the reader may not see them.</param>
[GenerateSerializer, Immutable]
public sealed record PartnershipRead(
    [property: Id(0)] Partnership Profile,
    [property: Id(1)] IReadOnlyList<Milestone>? Milestones);
