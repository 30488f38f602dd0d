namespace Cooperation.Grains.Partnerships;

/// <summary>
/// A party to a partnership: a collectivité, a State, a university team, an association.
/// </summary>
/// <param name="Name">Official name, as the seed documents write it.</param>
/// <param name="Country">Country, in French.</param>
/// <param name="Kind">What the party is (collectivité territoriale, université, association…), in French.</param>
[GenerateSerializer, Immutable]
public sealed record Party(
    [property: Id(0)] string Name,
    [property: Id(1)] string Country,
    [property: Id(2)] string Kind);
