namespace Cooperation.Grains.Common;

/// <summary>A page of a history, newest line first (<see cref="HistoryPageRequest"/>).</summary>
/// <param name="Entries">The lines, newest first.</param>
/// <param name="NewestPosition">The position of the first line of <paramref name="Entries"/>; the next ones follow one below another.</param>
/// <param name="HasMore">Whether older lines remain.</param>
/// <param name="TotalCount">How many lines the whole history has.</param>
[GenerateSerializer, Immutable]
public sealed record HistoryPage(
    [property: Id(0)] IReadOnlyList<HistoryEntry> Entries,
    [property: Id(1)] long NewestPosition,
    [property: Id(2)] bool HasMore,
    [property: Id(3)] long TotalCount)
{
    /// <summary>The position of the line at <paramref name="index"/> in <see cref="Entries"/>: its stable cursor.</summary>
    public long PositionOf(int index) => NewestPosition - index;
}
