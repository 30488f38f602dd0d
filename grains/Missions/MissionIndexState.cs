using Cooperation.Grains.Common.Indexes;

namespace Cooperation.Grains.Missions;

/// <summary>Persisted state of a partnership's mission index.</summary>
[GenerateSerializer]
public sealed class MissionIndexState : IPartnershipIndexState
{
    /// <summary>Mission keys in the order they were registered.</summary>
    [Id(0)] public List<string> Keys { get; set; } = [];
}
