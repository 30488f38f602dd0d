using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Sync;

namespace Cooperation.Grains.Missions;

// Telling the partnership what changed, so its change feed lists the mission and its index knows it.
public sealed partial class MissionGrain
{
    /// <summary>The kind under which missions appear in a partnership's change feed.</summary>
    public const string Kind = "Mission";

    public override Task OnActivateAsync(CancellationToken cancellationToken) => PendingNotices.RetryAsync(State.FeedPending, NotifyAsync);

    /// <summary>
    /// Registers the mission in its partnership's index and feed, then clears the pending flag (persisted with the
    /// next write): a notice lost between the write and here is sent again, never dropped.
    /// </summary>
    private async Task NotifyAsync()
    {
        var slug = MissionRules.ParseKey(Key).Slug;
        await grains.GetGrain<IMissionIndexGrain>(slug).RegisterAsync(Key);
        await grains.GetGrain<IPartnershipGrain>(slug).RecordChangeAsync(new EntityChanged(Kind, Key, State.Version));
        State.FeedPending = false;
    }
}
