namespace Cooperation.Grains.Common.Journal;

/// <summary>Histories kept in a <see cref="Journal{TEntry}"/>, read a page or a cursor at a time.</summary>
public static class HistoryPages
{
    /// <summary>The page <paramref name="request"/> asks for, newest first: reads only the segments it covers.</summary>
    public static async Task<HistoryPage> PageAsync(this Journal<HistoryEntry> history, HistoryPageRequest request)
    {
        var (start, end) = request.RangeIn(history.Count);
        var entries = await history.ReadAsync(start, end);
        return new HistoryPage([.. entries.Reverse()], end - 1, start > 0, history.Count);
    }

    /// <summary>
    /// The page <paramref name="request"/> asks for of a history still kept whole in a grain's state, oldest line
    /// first: positions are indexes into it, stable while lines are only ever added at its end.
    /// </summary>
    public static HistoryPage Page(this IReadOnlyList<HistoryEntry> history, HistoryPageRequest request)
    {
        var (entries, start, end) = request.Slice(history);
        return new HistoryPage(entries, end - 1, start > 0, history.Count);
    }

    /// <summary>
    /// The lines after <paramref name="revision"/>, oldest first, at most the newest <paramref name="max"/> of them:
    /// the cost is that of the answer, however long the history.
    /// </summary>
    public static async Task<IReadOnlyList<HistoryEntry>> AfterAsync(this Journal<HistoryEntry> history, long revision, int max = int.MaxValue)
    {
        var lines = new List<HistoryEntry>();
        await foreach (var (_, line) in history.NewestFirstAsync(history.Count))
        {
            if (line.Revision <= revision || lines.Count == max)
                break;
            lines.Add(line);
        }
        lines.Reverse();
        return lines;
    }
}
