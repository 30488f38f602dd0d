namespace Cooperation.Grains.Common.Journal;

/// <summary>Histories kept in a <see cref="Journal{TEntry}"/>, read a page or a cursor at a time.</summary>
public static class HistoryPages
{
    /// <summary>The page <paramref name="request"/> asks for, newest first: reads only the segments it covers.</summary>
    public static async Task<HistoryPage> PageAsync(this Journal<HistoryEntry> history, HistoryPageRequest request)
    {
        var count = history.Count;
        request.Validate(count);
        var end = request.Before ?? count;
        var start = Math.Max(0, end - request.First);
        var entries = await history.ReadAsync(start, end);
        return new HistoryPage([.. entries.Reverse()], end - 1, start > 0, count);
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
