using Cooperation.Grains.Sync;

namespace Cooperation.Grains.Tests.Sync;

[Collection(ClusterCollection.Name)]
public sealed class ChangeFeedTests(ClusterFixture cluster)
{
    private IGrainFactory Grains => cluster.Grains;

    /// <summary>After a cursor, exactly the milestones changed since come back, each once at its latest version.</summary>
    [Fact]
    public async Task GetChanges_AfterCursor_ExactlyTheChangedMilestonesOnce()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var untouched = await partnership.PlanMilestoneAsync(TestPartnerships.Plan("p1", "Jalon inchangé"));
        var touched = await partnership.PlanMilestoneAsync(TestPartnerships.Plan("p2", "Jalon modifié"));
        var cursor = (await partnership.GetChangesAsync(TestPartnerships.Staff, 0)).Cursor;

        await partnership.RecordMilestoneProgressAsync(new RecordMilestoneProgress("r1", TestPartnerships.Staff, touched.Id, null, 20));
        await partnership.RecordMilestoneProgressAsync(new RecordMilestoneProgress("r2", TestPartnerships.Staff, touched.Id, null, 60));
        var changes = await partnership.GetChangesAsync(TestPartnerships.Staff, cursor);

        var milestone = Assert.Single(changes.Milestones);
        Assert.Equal((touched.Id, 60), (milestone.Id, milestone.Progress));
        Assert.DoesNotContain(changes.History, e => e.SubjectId == untouched.Id);
        Assert.True(changes.Cursor > cursor);
        Assert.Empty((await partnership.GetChangesAsync(TestPartnerships.Staff, changes.Cursor)).Milestones);
    }

    /// <summary>Entities hanging off the partnership are listed once, at their latest version, and a repeated notice adds nothing.</summary>
    [Fact]
    public async Task RecordChange_RepeatedAndNewerVersions_ListedOnceAtLatest()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var cursor = (await partnership.GetChangesAsync(TestPartnerships.Staff, 0)).Cursor;

        var first = await partnership.RecordChangeAsync(new EntityChanged("Shipment", "s/1", 1));
        var repeat = await partnership.RecordChangeAsync(new EntityChanged("Shipment", "s/1", 1));
        await partnership.RecordChangeAsync(new EntityChanged("Shipment", "s/1", 2));
        var changes = await partnership.GetChangesAsync(TestPartnerships.Staff, cursor);

        Assert.Equal(first, repeat);
        var entry = Assert.Single(changes.Entities);
        Assert.Equal(("Shipment", "s/1", 2L), (entry.Kind, entry.EntityId, entry.EntityVersion));
    }

    /// <summary>
    /// The answer to "what changed since C" is the same for a partnership with 5 untouched milestones and one with
    /// 150: its cost follows the changes, not the partnership's size.
    /// </summary>
    [Fact]
    public async Task GetChanges_OneChange_SameAnswerWhateverTheUntouchedCount()
    {
        async Task<ChangeSet> OneChangeAfterAsync(int untouched)
        {
            var partnership = await TestPartnerships.NewAsync(Grains);
            for (var i = 0; i < untouched; i++)
                await partnership.PlanMilestoneAsync(TestPartnerships.Plan($"p{i}", $"Jalon {i}"));
            var target = await partnership.PlanMilestoneAsync(TestPartnerships.Plan("target", "Jalon suivi"));
            var cursor = (await partnership.GetChangesAsync(TestPartnerships.Staff, 0)).Cursor;
            await partnership.CompleteMilestoneAsync(new CompleteMilestone("done", TestPartnerships.Staff, target.Id, null));
            return await partnership.GetChangesAsync(TestPartnerships.Staff, cursor);
        }

        var small = await OneChangeAfterAsync(5);
        var large = await OneChangeAfterAsync(150);

        Assert.Equal((1, 2, 0), (small.Milestones.Count, small.History.Count, small.Entities.Count));
        Assert.Equal((small.Milestones.Count, small.History.Count, small.Entities.Count), (large.Milestones.Count, large.History.Count, large.Entities.Count));
    }

    /// <summary>Someone outside the partnership gets no change feed.</summary>
    [Fact]
    public async Task GetChanges_Outsider_Forbidden()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);

        var error = await Assert.ThrowsAsync<DomainException>(() => partnership.GetChangesAsync(TestPartnerships.Outsider, 0));

        Assert.Equal(DomainErrorCode.Forbidden, error.Code);
    }
}
