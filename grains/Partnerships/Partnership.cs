namespace Cooperation.Grains.Partnerships;

/// <summary>
/// Snapshot of a partenariat de coopération décentralisée, as read by the API.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record Partnership(
    [property: Id(0)] string Slug,
    [property: Id(1)] string Name,
    [property: Id(2)] string Summary,
    [property: Id(3)] Party North,
    [property: Id(4)] Party South,
    [property: Id(5)] IReadOnlyList<Party> ThirdPartners,
    [property: Id(6)] IReadOnlyList<string> Themes,
    [property: Id(7)] DateOnly StartedOn,
    [property: Id(8)] DateOnly? EndsOn,
    [property: Id(9)] PartnershipStatus Status,
    [property: Id(10)] long Revision);
