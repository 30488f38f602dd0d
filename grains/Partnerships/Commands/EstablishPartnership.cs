namespace Cooperation.Grains.Partnerships.Commands;

/// <summary>Établir un partenariat: record a signed cooperation between two authorities.</summary>
[GenerateSerializer, Immutable]
public sealed record EstablishPartnership(
    string ClientMutationId,
    Actor Actor,
    [property: Id(0)] string Name,
    [property: Id(1)] string Summary,
    [property: Id(2)] Party North,
    [property: Id(3)] Party South,
    [property: Id(4)] IReadOnlyList<Party> ThirdPartners,
    [property: Id(5)] IReadOnlyList<string> Themes,
    [property: Id(6)] DateOnly StartedOn,
    [property: Id(7)] DateOnly? EndsOn,
    [property: Id(8)] PartnershipStatus Status) : Command(ClientMutationId, Actor);
