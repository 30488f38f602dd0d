using System.Text.Json.Nodes;
using Cooperation.Grains.Accounts;
using Cooperation.Grains.Common.Journal;
using Cooperation.Grains.Missions;
using Cooperation.Grains.Missions.Commands;
using Cooperation.Grains.Tests.Missions;

namespace Cooperation.Grains.Tests.Common;

/// <summary>
/// What hangs off a partnership (here a mission) keeps its history and receipts for its whole life; what one action
/// writes must not grow with them: older lines are sealed, still read by page and still found by action id.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class EntityJournalTests(ClusterFixture cluster, ITestOutputHelper output)
{
    private const int Measured = 2 * Journal<HistoryEntry>.DefaultSegmentSize;

    private static readonly Actor Staff = TestPartnerships.Staff;
    private static readonly Actor SecondStaff = new("agent2@besancon.example", "Deuxième agent de Besançon");

    private IGrainFactory Grains => cluster.Grains;

    // Titles of the same length, so that the mission itself stays the same size whatever its age.
    private static EditMission Edit(string id, int i, Actor? actor = null) =>
        new(id, actor ?? Staff, null, i % 2 == 0 ? "Mission TICE à Dakar (A)" : "Mission TICE à Dakar (B)", null, null, null, null, null, null, null);

    /// <summary>A planned mission with <paramref name="actions"/> edits after its plan, in a partnership with a second North staff member.</summary>
    private async Task<IMissionGrain> MissionWithAsync(int actions, string prefix = "edit")
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        await partnership.SetMemberAsync(new SetPartnershipMember(
            "member-north-2", Actor.Seed, SecondStaff.Id, SecondStaff.DisplayName, MemberRole.NorthStaff));
        var (mission, _) = await TestMissions.PlannedAsync(Grains, partnership);
        for (var i = 0; i < actions; i++)
            await mission.EditAsync(Edit($"{prefix}-{i}", i));
        return mission;
    }

    private static async Task<double> BytesPerActionAsync(IMissionGrain mission, int from)
    {
        var counts = StorageLog.Watch(mission.GetGrainId());
        for (var i = from; i < from + Measured; i++)
            await mission.EditAsync(Edit($"measured-{i}", i));
        return (double)counts.BytesWritten / Measured;
    }

    /// <summary>An edit of a mission three hundred actions old writes as many bytes as one of a mission ten actions old.</summary>
    [Fact]
    public async Task Edit_AfterThreeHundredActions_WritesAsManyBytesAsAfterTen()
    {
        var young = await BytesPerActionAsync(await MissionWithAsync(10), 10);
        var aged = await BytesPerActionAsync(await MissionWithAsync(300), 300);

        output.WriteLine($"After 10 actions: {young:F0} bytes per action; after 300: {aged:F0}");
        Assert.InRange(aged / young, 0, 1.2);
    }

    /// <summary>
    /// The first edit of a mission three hundred actions old is still recognised by its id: its sender gets the
    /// mission and nothing changes; another member sending the id is refused as reusing it. The history still holds
    /// every line, newest first, a page at a time.
    /// </summary>
    [Fact]
    public async Task RepeatOfAnActionSealedLongAgo_IsARepeat_AndSomeoneElsesIsRefused()
    {
        var mission = await MissionWithAsync(300);
        var version = (await mission.GetAsync(Staff)).Version;

        var repeat = await mission.EditAsync(Edit("edit-0", 0));
        var reused = await Assert.ThrowsAsync<DomainException>(() => mission.EditAsync(Edit("edit-0", 0, SecondStaff)));
        var history = await mission.HistoryAsync(Staff);

        Assert.Equal(version, repeat.Version);
        Assert.Equal(DomainErrorCode.Conflict, reused.Code);
        Assert.Equal(301, history.Count);
        Assert.Equal(["plan", .. Enumerable.Range(0, 300).Select(i => $"edit-{i}")], history.Select(e => e.ClientMutationId));
    }

    /// <summary>
    /// A mission stored before the journals, with its whole history and receipts in the record, reads as it was: its
    /// history by page, a repeat of an old id by its author (even from a receipt that does not name its sender), a
    /// reuse by someone else refused; the first change moves it, and every line is still there once.
    /// </summary>
    [Fact]
    public async Task StateStoredBeforeJournals_ReadBackAndMovedOnFirstChange()
    {
        var source = await MissionWithAsync(100, "legacy");
        var mission = Grains.GetGrain<IMissionGrain>(MissionRules.KeyFor(source.GetPrimaryKeyString().Split('/')[0], "copy"));
        var stored = await LegacyCopyAsync(source, mission);

        var page = await mission.GetHistoryPageAsync(Staff, new HistoryPageRequest(20));
        var repeat = await mission.EditAsync(Edit("legacy-0", 0));
        var anonymousRepeat = await mission.EditAsync(Edit("legacy-1", 1));
        var reused = await Assert.ThrowsAsync<DomainException>(() => mission.EditAsync(Edit("legacy-1", 1, SecondStaff)));
        var after = await mission.EditAsync(Edit("after-move", 8));
        var history = await mission.HistoryAsync(Staff);
        var repeatAfterMove = await mission.EditAsync(Edit("legacy-2", 2));

        Assert.Equal(stored.History.Count, page.TotalCount);
        Assert.Equal(stored.History.AsEnumerable().Reverse().Take(20), page.Entries);
        Assert.Equal((stored.Version, stored.Version), (repeat.Version, anonymousRepeat.Version));
        Assert.Equal(DomainErrorCode.Conflict, reused.Code);
        Assert.Equal(stored.Version + 1, after.Version);
        Assert.Equal([.. stored.History, history[^1]], history);
        Assert.Equal(after.Version, repeatAfterMove.Version);
    }

    /// <summary>
    /// Writes the state of <paramref name="source"/> under <paramref name="target"/>, in the shape stored before the
    /// journals: every history line and receipt in the record, the odd receipts without their sender as the oldest
    /// ones were.
    /// </summary>
    private async Task<MissionState> LegacyCopyAsync(IMissionGrain source, IMissionGrain target)
    {
        var history = await source.HistoryAsync(Staff);
        var receipts = history.GroupBy(e => e.ClientMutationId).ToDictionary(g => g.Key, g =>
        {
            var receipt = new ActionReceipt(g.Key == "plan" ? nameof(PlanMission) : nameof(EditMission), g.First().Revision, Staff.Id);
            return int.TryParse(g.Key.Split('-')[^1], out var i) && i % 2 == 1 ? receipt with { ActorId = null } : receipt;
        });
        var mission = await source.GetAsync(Staff);
        var legacy = new MissionState
        {
            Plan = mission.Plan,
            Status = mission.Status,
            History = [.. history],
            Receipts = receipts,
            Version = mission.Version,
            UpdatedAt = history[^1].At,
        };
        var json = JsonNode.Parse(StorageLog.Json.Serialize(legacy).ToString())!.AsObject();
        foreach (var name in new[] { "HistoryTail", "ReceiptTail" })
            Assert.True(json.Remove(name), name);
        await cluster.StoreAsync(target, "mission", StorageLog.Json.Deserialize<MissionState>(BinaryData.FromString(json.ToJsonString()))!);
        return legacy;
    }
}
