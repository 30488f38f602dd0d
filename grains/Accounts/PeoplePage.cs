namespace Cooperation.Grains.Accounts;

/// <summary>A page of the directory of people, the latest invited first (<see cref="HistoryPageRequest"/>).</summary>
/// <param name="AccountIds">The accounts' keys, the latest listed first.</param>
/// <param name="NewestPosition">The position of the first key of <paramref name="AccountIds"/>; the next ones follow one below another.</param>
/// <param name="HasMore">Whether people listed earlier remain.</param>
/// <param name="TotalCount">How many people the directory lists.</param>
[GenerateSerializer, Immutable]
public sealed record PeoplePage(
    [property: Id(0)] IReadOnlyList<string> AccountIds,
    [property: Id(1)] long NewestPosition,
    [property: Id(2)] bool HasMore,
    [property: Id(3)] long TotalCount);
