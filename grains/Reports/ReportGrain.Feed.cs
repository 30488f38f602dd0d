using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Sync;

namespace Cooperation.Grains.Reports;

// Telling the partnership what changed, so its change feed lists the report and its index knows it.
public sealed partial class ReportGrain
{
    /// <summary>The kind under which reports appear in a partnership's change feed.</summary>
    public const string Kind = "Report";

    public override Task OnActivateAsync(CancellationToken cancellationToken) => PendingNotices.RetryAsync(State.FeedPending, NotifyAsync);

    /// <summary>
    /// Registers the report in its partnership's index and feed, then clears the pending flag (persisted with the next
    /// write): a notice lost between the write and here is sent again, never dropped.
    /// </summary>
    private async Task NotifyAsync()
    {
        var slug = ReportRules.ParseKey(Key).Slug;
        await grains.GetGrain<IReportIndexGrain>(slug).RegisterAsync(Key);
        await grains.GetGrain<IPartnershipGrain>(slug).RecordChangeAsync(new EntityChanged(Kind, Key, State.Version));
        State.FeedPending = false;
    }
}
