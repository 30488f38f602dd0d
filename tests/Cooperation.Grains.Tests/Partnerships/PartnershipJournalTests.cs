using System.Diagnostics;
using System.Text.Json.Nodes;
using Cooperation.Grains.Common.Journal;
using Cooperation.Grains.Sync;

namespace Cooperation.Grains.Tests.Partnerships;

/// <summary>
/// A partnership's history, change feed and receipts grow for its whole life; what it writes per action must not:
/// older lines are sealed in segments, still read by page, by cursor and by action id.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class PartnershipJournalTests(ClusterFixture cluster, ITestOutputHelper output)
{
    private const int LongLife = 10_000;
    private const int Measured = 2 * Journal<HistoryEntry>.DefaultSegmentSize;

    private static readonly Actor Staff = TestPartnerships.Staff;

    // One partnership with ten thousand changes, built once for the tests that need an old one.
    private static Task<(IPartnershipGrain Partnership, Milestone Milestone)>? _old;

    private IGrainFactory Grains => cluster.Grains;

    private static RecordMilestoneProgress Progress(string id, Milestone milestone, int i, Actor? actor = null) =>
        new(id, actor ?? Staff, milestone.Id, null, i % 99 + 1);

    private static async Task<(IPartnershipGrain, Milestone)> NewWithMilestoneAsync(IGrainFactory grains)
    {
        var partnership = await TestPartnerships.NewAsync(grains);
        return (partnership, await partnership.PlanMilestoneAsync(TestPartnerships.Plan("plan")));
    }

    private Task<(IPartnershipGrain Partnership, Milestone Milestone)> OldAsync() => _old ??= BuildOldAsync(Grains);

    private static async Task<(IPartnershipGrain, Milestone)> BuildOldAsync(IGrainFactory grains)
    {
        var (partnership, milestone) = await NewWithMilestoneAsync(grains);
        // Sent a batch at a time: the grain applies them one after another, the client does not wait for each.
        for (var batch = 0; batch < LongLife; batch += 100)
            await Task.WhenAll(Enumerable.Range(batch, 100).Select(i => partnership.RecordMilestoneProgressAsync(Progress($"old-{i}", milestone, i))));
        return (partnership, milestone);
    }

    /// <summary>Applies <see cref="Measured"/> changes, and returns what storage wrote for them and each call's median time.</summary>
    private static async Task<(double BytesPerChange, double WritesPerChange, double MedianMs)> MeasureAsync(
        IPartnershipGrain partnership, Milestone milestone, string prefix)
    {
        var counts = StorageLog.Watch(partnership.GetGrainId());
        var times = new List<double>();
        for (var i = 0; i < Measured; i++)
        {
            var watch = Stopwatch.StartNew();
            await partnership.RecordMilestoneProgressAsync(Progress($"{prefix}-{i}", milestone, i + 1));
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return ((double)counts.BytesWritten / Measured, (double)counts.Writes / Measured, times[times.Count / 2]);
    }

    /// <summary>
    /// A milestone change writes as many bytes in a partnership with ten thousand changes as in a new one: the state
    /// written with every action holds only the open tails, and sealing adds about one write per segment of actions.
    /// </summary>
    [Fact]
    public async Task MilestoneChange_AfterTenThousandChanges_WritesAsManyBytesAsInANewPartnership()
    {
        var (fresh, freshMilestone) = await NewWithMilestoneAsync(Grains);
        var (old, oldMilestone) = await OldAsync();

        var young = await MeasureAsync(fresh, freshMilestone, "young");
        var aged = await MeasureAsync(old, oldMilestone, "aged");

        output.WriteLine($"New partnership: {young.BytesPerChange:F0} bytes and {young.WritesPerChange:F2} writes per change, p50 {young.MedianMs:F2} ms");
        output.WriteLine($"After {LongLife:N0} changes: {aged.BytesPerChange:F0} bytes and {aged.WritesPerChange:F2} writes per change, p50 {aged.MedianMs:F2} ms");
        Assert.InRange(aged.BytesPerChange / young.BytesPerChange, 0, 1.2);
        Assert.InRange(aged.WritesPerChange, 1, 1.1);
    }

    /// <summary>
    /// The first action of a partnership ten thousand changes old is still recognised by its id: its sender gets the
    /// first answer and nothing changes; anyone else sending the id is refused as reusing it.
    /// </summary>
    [Fact]
    public async Task RepeatOfAnActionSealedLongAgo_IsARepeat_AndSomeoneElsesIsRefused()
    {
        var (old, milestone) = await OldAsync();
        var revision = (await old.FindAsync())!.Revision;

        var now = (await old.GetMilestonesAsync(Staff)).Single(m => m.Id == milestone.Id);

        var repeat = await old.RecordMilestoneProgressAsync(Progress("old-0", milestone, 0));
        var reused = await Assert.ThrowsAsync<DomainException>(
            () => old.RecordMilestoneProgressAsync(Progress("old-0", milestone, 0, TestPartnerships.SouthAgent)));

        Assert.Equal(now, repeat);
        Assert.Equal(DomainErrorCode.Conflict, reused.Code);
        Assert.Equal(revision, (await old.FindAsync())!.Revision);
    }

    /// <summary>
    /// A receipt names the milestone its action changed instead of keeping a copy of it: the state written with each
    /// change holds the milestone once, however many of its changes wait in the open tail of receipts.
    /// </summary>
    [Fact]
    public async Task ReceiptsInTheWrittenState_NameTheirMilestone_WithoutCopyingIt()
    {
        var (partnership, milestone) = await NewWithMilestoneAsync(Grains);
        const int changes = 30; // fewer than a segment: every one of their receipts is in the written state
        for (var i = 0; i < changes; i++)
            await partnership.RecordMilestoneProgressAsync(Progress($"named-{i}", milestone, i));

        var stored = new GrainState<PartnershipState>(new PartnershipState());
        await cluster.Storage.ReadStateAsync("partnership", partnership.GetGrainId(), stored);
        var json = StorageLog.Json.Serialize(stored.State).ToString();

        // Once in the milestone list, and once more in the history line that planned it while that line is not sealed;
        // a copy in each receipt would make it 30 more.
        Assert.InRange(stored.State!.ReceiptTail.Entries.Count, changes, Journal<HistoryEntry>.DefaultSegmentSize);
        Assert.InRange(json.Split("salles multim").Length - 1, 1, 2);
    }

    /// <summary>A new action id is known to be new without reading the sealed receipts: once the filter is read, no storage read at all.</summary>
    [Fact]
    public async Task NewActionIds_InAnOldPartnership_ReadNothingFromStorage()
    {
        var (old, milestone) = await OldAsync();
        await old.RecordMilestoneProgressAsync(Progress("warm-up", milestone, 3));
        var counts = StorageLog.Watch(old.GetGrainId());

        for (var i = 0; i < 20; i++)
            await old.RecordMilestoneProgressAsync(Progress($"new-{i}", milestone, i));

        Assert.Equal(0, counts.Reads);
    }

    /// <summary>
    /// The history reads newest first, a page at a time; a page's cursor still leads to the same older lines after
    /// new changes, and the pages together hold every line once.
    /// </summary>
    [Fact]
    public async Task HistoryPages_NewestFirst_CursorsStableAcrossNewChanges()
    {
        var (partnership, milestone) = await NewWithMilestoneAsync(Grains);
        for (var i = 0; i < 200; i++)
            await partnership.RecordMilestoneProgressAsync(Progress($"p-{i}", milestone, i));
        var all = await partnership.GetHistoryAsync(Staff);

        var first = await partnership.GetHistoryPageAsync(Staff, new HistoryPageRequest(30));
        for (var i = 0; i < 5; i++)
            await partnership.RecordMilestoneProgressAsync(Progress($"later-{i}", milestone, i + 50));
        var lines = first.Entries.ToList();
        var page = first;
        while (page.HasMore)
        {
            page = await partnership.GetHistoryPageAsync(Staff, new HistoryPageRequest(70, page.PositionOf(page.Entries.Count - 1)));
            lines.AddRange(page.Entries);
        }

        Assert.Equal(all.Count, first.TotalCount);
        Assert.Equal(all.Reverse(), lines);
        Assert.Equal(all.Count + 5, page.TotalCount);
        Assert.Equal("later-4", (await partnership.GetHistoryPageAsync(Staff, new HistoryPageRequest(1))).Entries.Single().ClientMutationId);
    }

    /// <summary>A page size out of range or a position beyond the history is refused, and outsiders read nothing.</summary>
    [Fact]
    public async Task HistoryPage_BadRequestOrOutsider_Refused()
    {
        var (partnership, _) = await NewWithMilestoneAsync(Grains);

        var tooMany = await Assert.ThrowsAsync<DomainException>(() => partnership.GetHistoryPageAsync(Staff, new HistoryPageRequest(101)));
        var none = await Assert.ThrowsAsync<DomainException>(() => partnership.GetHistoryPageAsync(Staff, new HistoryPageRequest(0)));
        var beyond = await Assert.ThrowsAsync<DomainException>(() => partnership.GetHistoryPageAsync(Staff, new HistoryPageRequest(10, 1_000)));
        var outsider = await Assert.ThrowsAsync<DomainException>(() => partnership.GetHistoryPageAsync(TestPartnerships.Outsider, new HistoryPageRequest()));

        Assert.All([tooMany, none, beyond], e => Assert.Equal(DomainErrorCode.Validation, e.Code));
        Assert.Equal(DomainErrorCode.Forbidden, outsider.Code);
    }

    /// <summary>
    /// A state stored before the journals, with its whole history, receipts and feed in the record, is read as it
    /// was: pages, repeats of its old ids (a receipt without its sender answers only the person the history names),
    /// a sync from an old cursor; the first change moves it, and every line is still there once.
    /// </summary>
    [Fact]
    public async Task StateStoredBeforeJournals_ReadBackAndMovedOnFirstChange()
    {
        var (source, milestone) = await NewWithMilestoneAsync(Grains);
        var slug = ClusterFixture.NewSlug("legacy");
        var stored = await LegacyCopyAsync(source, slug, milestone, extraChanges: 300);
        var partnership = Grains.GetGrain<IPartnershipGrain>(slug);

        var page = await partnership.GetHistoryPageAsync(Staff, new HistoryPageRequest(20));
        var legacyRepeat = await partnership.RecordMilestoneProgressAsync(Progress("legacy-0", milestone, 0));
        var legacyReused = await Assert.ThrowsAsync<DomainException>(
            () => partnership.RecordMilestoneProgressAsync(Progress("legacy-0", milestone, 0, TestPartnerships.SouthAgent)));
        var changes = await partnership.GetChangesAsync(Staff, 100);
        var afterMove = await partnership.RecordMilestoneProgressAsync(Progress("after-move", milestone, 40));
        var history = await partnership.GetHistoryAsync(Staff);
        var repeatAfterMove = await partnership.RecordMilestoneProgressAsync(Progress("legacy-1", milestone, 1));

        Assert.Equal(stored.History.Count, page.TotalCount);
        Assert.Equal(stored.History.AsEnumerable().Reverse().Take(20), page.Entries);
        Assert.Equal(stored.Milestones.Single(), legacyRepeat);
        Assert.Equal(DomainErrorCode.Conflict, legacyReused.Code);
        var shipment = Assert.Single(changes.Entities);
        Assert.Equal(("Shipment", "s1", 2L), (shipment.Kind, shipment.EntityId, shipment.EntityVersion));
        Assert.Equal(1, changes.KnownVersion("Shipment", "s1"));
        Assert.Equal(PartnershipGrain.ChangeSetHistoryLines, changes.History.Count);
        Assert.Equal(stored.History[^1], changes.History[^1]);
        Assert.Equal([.. stored.History, .. history.Skip(stored.History.Count)], history);
        Assert.Equal(stored.History.Count + 1, history.Count);
        Assert.Equal(afterMove, repeatAfterMove);
    }

    /// <summary>
    /// Writes, under <paramref name="slug"/>, the state of <paramref name="source"/> in the shape stored before the
    /// journals (every history line, receipt and feed line in the record), with <paramref name="extraChanges"/> more
    /// progress changes whose receipts, as the oldest ones did, do not name their sender.
    /// </summary>
    private async Task<PartnershipState> LegacyCopyAsync(IPartnershipGrain source, string slug, Milestone milestone, int extraChanges)
    {
        var history = (await source.GetHistoryAsync(Staff)).ToList();
        var receipts = new Dictionary<string, MutationReceipt>();
        var feed = new List<FeedEntry> { new(history[^1].Revision, PartnershipGrain.MilestoneKind, milestone.Id, milestone.Version) };
        var revision = history[^1].Revision;
        var at = history[^1].At;
        for (var i = 0; i < extraChanges; i++)
        {
            revision++;
            var changed = milestone with { Progress = i % 99 + 1, Status = MilestoneStatus.InProgress, Version = milestone.Version + i + 1 };
            var id = $"legacy-{i}";
            history.Add(new HistoryEntry(revision, at.AddMinutes(i), Staff, "MilestoneProgressRecorded", milestone.Id, "progress", null, changed.Progress.ToString(), id));
            receipts[id] = new MutationReceipt(nameof(RecordMilestoneProgress), changed);
            feed.Add(revision is 10 or 250 ? new FeedEntry(revision, "Shipment", "s1", revision == 10 ? 1 : 2) : new FeedEntry(revision, PartnershipGrain.MilestoneKind, milestone.Id, changed.Version));
        }
        var members = await source.GetMembersAsync(Staff);
        var legacy = new PartnershipState
        {
            Profile = (await source.FindAsync())! with { Slug = slug },
            Milestones = [milestone with { Progress = (extraChanges - 1) % 99 + 1, Status = MilestoneStatus.InProgress, Version = milestone.Version + extraChanges }],
            Members = members.ToDictionary(m => m.AccountId),
            NextMilestoneNumber = 2,
            Revision = revision,
            History = history,
            Receipts = receipts,
            Feed = feed,
        };

        // As the record was: without the journals' properties.
        var json = JsonNode.Parse(StorageLog.Json.Serialize(legacy).ToString())!.AsObject();
        foreach (var name in new[] { "HistoryTail", "ReceiptTail", "FeedTail", "LatestChanges" })
            Assert.True(json.Remove(name), name);
        var read = StorageLog.Json.Deserialize<PartnershipState>(BinaryData.FromString(json.ToJsonString()))!;
        await cluster.Storage.WriteStateAsync("partnership", Grains.GetGrain<IPartnershipGrain>(slug).GetGrainId(), new GrainState<PartnershipState>(read));
        return legacy;
    }

    /// <summary>
    /// When a segment or the state after it fails to be written, the action is refused and nothing acknowledged is
    /// lost: sent again, it is applied once, and every earlier action is still in the history and still a repeat.
    /// </summary>
    [Fact]
    public async Task FailedWritesAroundASeal_LoseNothing()
    {
        var (partnership, milestone) = await NewWithMilestoneAsync(Grains);
        var grain = partnership.GetGrainId();
        try
        {
            // Every action's first attempt fails: either its segment's write, or the state's after the segment.
            for (var i = 0; i < Journal<HistoryEntry>.DefaultSegmentSize + 10; i++)
            {
                StorageLog.FailWrites(grain, name => i % 2 == 0 ? name.StartsWith("partnership.", StringComparison.Ordinal) || name == "partnership" : name == "partnership");
                await Assert.ThrowsAnyAsync<Exception>(() => partnership.RecordMilestoneProgressAsync(Progress($"f-{i}", milestone, i)));
                StorageLog.Heal(grain);
                await partnership.RecordMilestoneProgressAsync(Progress($"f-{i}", milestone, i));
            }
        }
        finally
        {
            StorageLog.Heal(grain);
        }

        var history = await partnership.GetHistoryAsync(Staff);
        // The first progress change also moves the milestone to "in progress": two lines, one action.
        var ids = history.Select(e => e.ClientMutationId).Where(id => id.StartsWith("f-", StringComparison.Ordinal)).Distinct().ToList();
        Assert.Equal(Journal<HistoryEntry>.DefaultSegmentSize + 11, history.Count(e => e.ClientMutationId.StartsWith("f-", StringComparison.Ordinal)));
        Assert.Equal(Enumerable.Range(0, Journal<HistoryEntry>.DefaultSegmentSize + 10).Select(i => $"f-{i}"), ids);
        Assert.Equal(history.Select(e => e.Revision).Order(), history.Select(e => e.Revision));
        var revision = (await partnership.FindAsync())!.Revision;
        await partnership.RecordMilestoneProgressAsync(Progress("f-0", milestone, 0));
        Assert.Equal(revision, (await partnership.FindAsync())!.Revision);
    }
}
