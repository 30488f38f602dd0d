namespace Cooperation.Grains.Common;

/// <summary>Names of the grain storage providers the grains ask for.</summary>
public static class StorageNames
{
    /// <summary>The provider holding every partnership's state (the local disk in the embedded default, Azure Blob Storage in Azure).</summary>
    public const string Cooperation = "cooperation";
}
