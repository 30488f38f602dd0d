using Cooperation.Grains.Common.Indexes;

namespace Cooperation.Grains.Reports;

/// <summary>Persisted state of a partnership's report index.</summary>
[GenerateSerializer]
public sealed class ReportIndexState : IPartnershipIndexState
{
    /// <summary>Report keys, kept sorted: the key's period makes the order chronological.</summary>
    [Id(0)] public List<string> Keys { get; set; } = [];
}
