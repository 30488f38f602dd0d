namespace Cooperation.Grains.Common;

/// <summary>Names of the grain storage providers the grains ask for.</summary>
public static class StorageNames
{
    /// <summary>The provider holding every partnership's state (Azure Blob Storage in every deployment).</summary>
    public const string Cooperation = "cooperation";
}
