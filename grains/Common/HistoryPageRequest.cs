namespace Cooperation.Grains.Common;

/// <summary>Which page of a history to read: the newest lines, or those older than a line already shown.</summary>
/// <param name="First">How many lines, from 1 to <see cref="MaxFirst"/>.</param>
/// <param name="Before">
/// The position of the oldest line already shown (<see cref="HistoryPage.PositionOf"/>): the page holds the lines
/// before it. Null for the newest lines. Positions never change, so a cursor stays valid while lines are added.
/// </param>
[GenerateSerializer, Immutable]
public sealed record HistoryPageRequest(
    [property: Id(0)] int First = HistoryPageRequest.DefaultFirst,
    [property: Id(1)] long? Before = null)
{
    public const int DefaultFirst = 20;
    public const int MaxFirst = 100;

    /// <summary>
    /// The positions the page covers in a history of <paramref name="count"/> lines, oldest included, newest excluded;
    /// refuses the request as <see cref="Validate"/> does.
    /// </summary>
    public (long Start, long End) RangeIn(long count)
    {
        Validate(count);
        var end = Before ?? count;
        return (Math.Max(0, end - First), end);
    }

    /// <summary>The page's lines of a list held whole, oldest first, where positions are indexes: newest first.</summary>
    public (List<T> NewestFirst, long Start, long End) Slice<T>(IReadOnlyList<T> oldestFirst)
    {
        var (start, end) = RangeIn(oldestFirst.Count);
        var lines = new List<T>(checked((int)(end - start)));
        for (var i = end - 1; i >= start; i--)
            lines.Add(oldestFirst[checked((int)i)]);
        return (lines, start, end);
    }

    /// <summary>Refuses a page size out of range or a position that is not one of this history's.</summary>
    public void Validate(long count)
    {
        RequireFirst(First);
        if (Before is < 0 || Before > count)
            throw new DomainException(DomainErrorCode.Validation,
                "Ce curseur ne désigne aucune ligne de cet historique.",
                "This cursor names no line of this history.");
    }

    /// <summary>Refuses a page size out of range, for any list read a page at a time.</summary>
    public static void RequireFirst(int first)
    {
        if (first is < 1 or > MaxFirst)
            throw new DomainException(DomainErrorCode.Validation,
                $"« first » doit être compris entre 1 et {MaxFirst} (reçu : {first}).",
                $"'first' must be between 1 and {MaxFirst} (got {first}).");
    }
}
