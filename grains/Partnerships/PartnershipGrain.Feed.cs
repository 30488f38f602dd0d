using Cooperation.Grains.Common.Journal;
using Cooperation.Grains.Sync;

namespace Cooperation.Grains.Partnerships;

// The change feed: what a device asks for when it syncs ("what changed since cursor C").
public sealed partial class PartnershipGrain
{
    public const string MilestoneKind = "Milestone";

    /// <summary>The newest history lines a change set carries; older ones are read through the paginated history.</summary>
    public const int ChangeSetHistoryLines = 50;

    /// <summary>
    /// How far back, in feed lines before the cursor, a change set looks for the versions a device already had: past
    /// that an entity is sent whole, as if new to the device, which is always correct and only larger.
    /// </summary>
    private const int KnownSearchLines = 4 * Journal<FeedEntry>.DefaultSegmentSize;

    /// <summary>The key of an entity in <see cref="PartnershipState.LatestChanges"/>.</summary>
    public static string FeedKey(string kind, string entityId) => $"{kind}/{entityId}";

    async Task<PartnershipAccess> IPartnershipGrain.GetAccessAsync(Actor actor) => await AccessOfAsync(actor);

    async Task<long> IPartnershipGrain.RecordChangeAsync(EntityChanged change)
    {
        RequireEstablished();
        // Versions only grow: a repeat or a late, older notice adds nothing.
        if (State.LatestChanges.TryGetValue(FeedKey(change.Kind, change.EntityId), out var latest) && latest.EntityVersion >= change.EntityVersion)
            return latest.Revision;

        State.Revision++;
        AddToFeed(change.Kind, change.EntityId, change.EntityVersion);
        await PersistAsync();
        return State.Revision;
    }

    async Task<ChangeSet> IPartnershipGrain.GetChangesAsync(Actor actor, long since)
    {
        await RequireReadAsync(actor);
        // One line per entity, at its latest version: a milestone changed five times is sent once.
        var latest = ChangedSince(since);
        var milestoneIds = latest.Where(e => e.Kind == MilestoneKind).Select(e => e.EntityId).ToHashSet();
        var others = latest.Where(e => e.Kind != MilestoneKind).ToList();
        return new ChangeSet(
            State.Revision,
            [.. State.Milestones.Where(m => milestoneIds.Contains(m.Id))],
            await _history.AfterAsync(since, ChangeSetHistoryLines),
            others,
            since > 0 && others.Count > 0 ? await KnownBeforeAsync(since, others) : []);
    }

    async Task<FeedSince> IPartnershipGrain.GetFeedSinceAsync(Actor actor, long since)
    {
        await RequireReadAsync(actor);
        var latest = ChangedSince(since);
        var milestoneIds = latest.Where(e => e.Kind == MilestoneKind).Select(e => e.EntityId).ToHashSet();
        return new FeedSince(State.Revision, _stored!.Profile, [.. State.Milestones.Where(m => milestoneIds.Contains(m.Id))], latest);
    }

    /// <summary>One line per entity changed after the cursor, at its latest version, oldest change first.</summary>
    private List<FeedEntry> ChangedSince(long since) =>
        [.. State.LatestChanges.Values.Where(e => e.Revision > since).OrderBy(e => e.Revision)];

    /// <summary>
    /// Each changed entity's last feed line at or before the cursor, scanning back from the newest line: recent
    /// history is where a device's knowledge usually is, and the scan stops once every entity is found, or
    /// <see cref="KnownSearchLines"/> lines before the cursor.
    /// </summary>
    private async Task<List<FeedEntry>> KnownBeforeAsync(long since, IReadOnlyList<FeedEntry> changed)
    {
        var wanted = changed.Select(e => (e.Kind, e.EntityId)).ToHashSet();
        var known = new List<FeedEntry>();
        var searched = 0;
        await foreach (var (_, entry) in _feed.NewestFirstAsync(_feed.Count))
        {
            if (entry.Revision > since)
                continue;
            if (wanted.Remove((entry.Kind, entry.EntityId)))
                known.Add(entry);
            if (wanted.Count == 0 || ++searched == KnownSearchLines)
                break;
        }
        return known;
    }

    private void AddToFeed(Milestone milestone) => AddToFeed(MilestoneKind, milestone.Id, milestone.Version);

    private void AddToFeed(string kind, string entityId, long version)
    {
        var line = new FeedEntry(State.Revision, kind, entityId, version);
        _feed.Append(line);
        State.LatestChanges[FeedKey(kind, entityId)] = line;
    }
}
