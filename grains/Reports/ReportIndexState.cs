using Cooperation.Grains.Common.Indexes;
using Cooperation.Grains.Notices;

namespace Cooperation.Grains.Reports;

/// <summary>Persisted state of a partnership's report index.</summary>
[GenerateSerializer]
public sealed class ReportIndexState : IPartnershipIndexState
{
    /// <summary>Report keys, kept sorted: the key's period makes the order chronological.</summary>
    [Id(0)] public List<string> Keys { get; set; } = [];

    /// <summary>
    /// The ids of the calendar's notices already recorded (a period with no report, falling due or overdue): each is
    /// told once, whatever the number of ticks.
    /// </summary>
    [Id(1)] public List<string> Told { get; set; } = [];

    /// <summary>The calendar's notices recorded and not yet told (<see cref="Sync.PendingNotices"/>).</summary>
    [Id(2)] public List<NoticeToTell> NoticesToTell { get; set; } = [];
}
