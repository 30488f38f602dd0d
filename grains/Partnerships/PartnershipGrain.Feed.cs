using Cooperation.Grains.Sync;

namespace Cooperation.Grains.Partnerships;

// The change feed: what a device asks for when it syncs ("what changed since cursor C").
public sealed partial class PartnershipGrain
{
    public const string MilestoneKind = "Milestone";

    async Task<PartnershipAccess> IPartnershipGrain.GetAccessAsync(Actor actor) => await AccessOfAsync(actor);

    async Task<long> IPartnershipGrain.RecordChangeAsync(EntityChanged change)
    {
        RequireEstablished();
        // Versions only grow: a repeat or a late, older notice adds nothing (scan from the end: recent changes first).
        for (var i = State.Feed.Count - 1; i >= 0; i--)
        {
            var entry = State.Feed[i];
            if (entry.Kind == change.Kind && entry.EntityId == change.EntityId)
            {
                if (entry.EntityVersion >= change.EntityVersion)
                    return entry.Revision;
                break;
            }
        }

        State.Revision++;
        State.Feed.Add(new FeedEntry(State.Revision, change.Kind, change.EntityId, change.EntityVersion));
        await PersistAsync();
        return State.Revision;
    }

    async Task<ChangeSet> IPartnershipGrain.GetChangesAsync(Actor actor, long since)
    {
        await RequireReadAsync(actor);
        var first = FirstAfter(State.Feed, since, e => e.Revision);
        var entries = State.Feed.GetRange(first, State.Feed.Count - first);
        // One line per entity, at its latest version: a milestone changed five times is sent once.
        var latest = entries.GroupBy(e => (e.Kind, e.EntityId)).Select(g => g.Last()).OrderBy(e => e.Revision).ToList();
        var milestoneIds = latest.Where(e => e.Kind == MilestoneKind).Select(e => e.EntityId).ToHashSet();
        var others = latest.Where(e => e.Kind != MilestoneKind).ToList();
        return new ChangeSet(
            State.Revision,
            [.. State.Milestones.Where(m => milestoneIds.Contains(m.Id))],
            After(State.History, since, e => e.Revision),
            others,
            since > 0 ? KnownBefore(first, others) : []);
    }

    /// <summary>
    /// Each changed entity's last feed line before <paramref name="first"/>, scanning back from the cursor: recent
    /// history is where a device's knowledge usually is, and the scan stops once every entity is found.
    /// </summary>
    private List<FeedEntry> KnownBefore(int first, IReadOnlyList<FeedEntry> changed)
    {
        var wanted = changed.Select(e => (e.Kind, e.EntityId)).ToHashSet();
        var known = new List<FeedEntry>();
        for (var i = first - 1; i >= 0 && wanted.Count > 0; i--)
        {
            var entry = State.Feed[i];
            if (wanted.Remove((entry.Kind, entry.EntityId)))
                known.Add(entry);
        }
        return known;
    }

    /// <summary>The items after a revision, found by binary search: the cost is that of the answer, not of the list.</summary>
    private static List<T> After<T>(List<T> ordered, long since, Func<T, long> revision)
    {
        var first = FirstAfter(ordered, since, revision);
        return ordered.GetRange(first, ordered.Count - first);
    }

    /// <summary>The index of the first item after a revision (the list's length when there is none).</summary>
    private static int FirstAfter<T>(List<T> ordered, long since, Func<T, long> revision)
    {
        int low = 0, high = ordered.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (revision(ordered[middle]) <= since)
                low = middle + 1;
            else
                high = middle;
        }
        return low;
    }

    private void AddToFeed(Milestone milestone) =>
        State.Feed.Add(new FeedEntry(State.Revision, MilestoneKind, milestone.Id, milestone.Version));
}
