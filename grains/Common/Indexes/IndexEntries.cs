namespace Cooperation.Grains.Common.Indexes;

/// <summary>The two orders an index keeps its keys in; each says whether the key was new.</summary>
public static class IndexEntries
{
    /// <summary>Adds <paramref name="key"/> at the end unless it is there already: the order of registration.</summary>
    public static bool AddOnce(this List<string> keys, string key)
    {
        if (keys.Contains(key))
            return false;
        keys.Add(key);
        return true;
    }

    /// <summary>Inserts <paramref name="key"/> in ordinal order unless it is there already (the list is kept sorted).</summary>
    public static bool InsertSortedOnce(this List<string> keys, string key)
    {
        var index = keys.BinarySearch(key, StringComparer.Ordinal);
        if (index >= 0)
            return false;
        keys.Insert(~index, key);
        return true;
    }
}
