namespace Cooperation.Grains.Partnerships;

/// <summary>Persisted state of the directory.</summary>
[GenerateSerializer]
public sealed class PartnershipDirectoryState
{
    /// <summary>Slugs in the order the partnerships were established.</summary>
    [Id(0)] public List<string> Slugs { get; set; } = [];
}
