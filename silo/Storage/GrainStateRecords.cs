namespace Cooperation.Silo.Storage;

/// <summary>How one grain state record is named, in a blob container and in a local-disk folder alike.</summary>
public static class GrainStateRecords
{
    /// <summary>
    /// <c>{stateName}-{grainId}.json</c>: the blob name Orleans' Azure blob provider gives a record. The local-disk store
    /// and the import use it too, so records move between a storage account and a data folder as they are.
    /// </summary>
    /// <remarks>
    /// The full grain id (<c>type/key</c>) rather than the key alone, since grains of different types may share keys;
    /// its <c>/</c> shows up as a virtual folder per grain type.
    /// </remarks>
    public static string NameOf(string stateName, GrainId grainId) => $"{stateName}-{grainId}.json";

    /// <summary>What every record name of the states called <paramref name="stateName"/> of grains of <paramref name="grainType"/> starts with.</summary>
    public static string PrefixOf(string stateName, string grainType) => $"{stateName}-{grainType}/";

    /// <summary>The grain whose state <paramref name="stateName"/> the record <paramref name="name"/> holds; null for any other name.</summary>
    public static GrainId? GrainIdOf(string stateName, string name) =>
        name.StartsWith($"{stateName}-", StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal)
            && GrainId.TryParse(name[(stateName.Length + 1)..^".json".Length], out var grainId)
            ? grainId
            : null;
}
