namespace Cooperation.Grains.Tests.Partnerships;

[Collection(ClusterCollection.Name)]
public sealed class PartnershipGrainTests(ClusterFixture cluster)
{
    private IGrainFactory Grains => cluster.Grains;

    /// <summary>An established partnership reads back with its parties and is listed once in the directory.</summary>
    [Fact]
    public async Task Establish_TwiceWithSameSlug_ListedOnceWithFirstProfile()
    {
        var slug = ClusterFixture.NewSlug();
        var partnership = Grains.GetGrain<IPartnershipGrain>(slug);

        await partnership.EstablishAsync(TestPartnerships.Establish("first"));
        await partnership.EstablishAsync(TestPartnerships.Establish("second") with { Name = "Autre nom" });

        var profile = await partnership.FindAsync();
        Assert.NotNull(profile);
        Assert.Equal("Sénéclic — Besançon / Sénégal", profile.Name);
        Assert.Equal("Ville de Besançon", profile.North.Name);
        var slugs = await Grains.GetGrain<IPartnershipDirectoryGrain>(PartnershipDirectoryGrain.Key).ListAsync();
        Assert.Single(slugs, s => s == slug);
    }

    /// <summary>A slug nobody established is not a partnership.</summary>
    [Fact]
    public async Task Find_UnknownSlug_ReturnsNull()
    {
        Assert.Null(await Grains.GetGrain<IPartnershipGrain>(ClusterFixture.NewSlug()).FindAsync());
    }

    /// <summary>Planning on a partnership that does not exist is refused as NOT_FOUND to those who may see everything.</summary>
    [Fact]
    public async Task PlanMilestone_UnknownPartnership_NotFound()
    {
        var unknown = Grains.GetGrain<IPartnershipGrain>(ClusterFixture.NewSlug());

        var error = await Assert.ThrowsAsync<DomainException>(() => unknown.PlanMilestoneAsync(TestPartnerships.Plan("p1", actor: Actor.Seed)));

        Assert.Equal(DomainErrorCode.NotFound, error.Code);
        Assert.Contains("Partenariat inconnu", error.MessageFr);
    }

    /// <summary>A planned milestone is listed, starts at 0 % and is in the history with its title.</summary>
    [Fact]
    public async Task PlanMilestone_ValidInput_ListedAndInHistory()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);

        var milestone = await partnership.PlanMilestoneAsync(TestPartnerships.Plan("p1"));

        Assert.Equal(MilestoneStatus.Planned, milestone.Status);
        Assert.Equal(0, milestone.Progress);
        Assert.Equal([milestone], await partnership.GetMilestonesAsync(TestPartnerships.Staff));
        var entry = Assert.Single(await partnership.GetHistoryAsync(TestPartnerships.Staff), e => e.Action == "MilestonePlanned");
        Assert.Equal(milestone.Title, entry.NewValue);
        Assert.Equal(TestPartnerships.Staff, entry.Actor);
        Assert.Equal("p1", entry.ClientMutationId);
    }

    /// <summary>The same client mutation id sent twice plans one milestone and returns the same answer.</summary>
    [Fact]
    public async Task PlanMilestone_SameClientMutationIdTwice_AppliesOnce()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);

        var first = await partnership.PlanMilestoneAsync(TestPartnerships.Plan("same-id"));
        var historyBefore = await partnership.GetHistoryAsync(TestPartnerships.Staff);
        var second = await partnership.PlanMilestoneAsync(TestPartnerships.Plan("same-id"));

        Assert.Equal(first, second);
        Assert.Single(await partnership.GetMilestonesAsync(TestPartnerships.Staff));
        Assert.Equal(historyBefore, await partnership.GetHistoryAsync(TestPartnerships.Staff));
    }

    /// <summary>
    /// A repeat of an old action, after later changes, answers the milestone as it is now (what a client that lost
    /// the first answer must show) and neither applies it again nor undoes the later changes.
    /// </summary>
    [Fact]
    public async Task RecordProgress_RepeatAfterLaterChange_AnswersTheMilestoneNow_AndKeepsLaterChange()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var milestone = await partnership.PlanMilestoneAsync(TestPartnerships.Plan("p1"));

        await partnership.RecordMilestoneProgressAsync(new RecordMilestoneProgress("progress-40", TestPartnerships.Staff, milestone.Id, null, 40));
        var at70 = await partnership.RecordMilestoneProgressAsync(new RecordMilestoneProgress("progress-70", TestPartnerships.Staff, milestone.Id, null, 70));
        var replay = await partnership.RecordMilestoneProgressAsync(new RecordMilestoneProgress("progress-40", TestPartnerships.Staff, milestone.Id, null, 40));

        Assert.Equal(at70, replay);
        Assert.Equal(at70, (await partnership.GetMilestonesAsync(TestPartnerships.Staff)).Single());
    }

    /// <summary>One id used for two different actions: the second is refused as a conflict.</summary>
    [Fact]
    public async Task ClientMutationId_ReusedForAnotherAction_Conflict()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var milestone = await partnership.PlanMilestoneAsync(TestPartnerships.Plan("shared"));

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            partnership.CompleteMilestoneAsync(new CompleteMilestone("shared", TestPartnerships.Staff, milestone.Id, null)));

        Assert.Equal(DomainErrorCode.Conflict, error.Code);
        Assert.Equal(MilestoneStatus.Planned, (await partnership.GetMilestonesAsync(TestPartnerships.Staff)).Single().Status);
    }

    /// <summary>Rescheduling records each changed date, old and new, in the history.</summary>
    [Fact]
    public async Task RescheduleMilestone_NewDates_HistoryShowsOldAndNew()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var milestone = await partnership.PlanMilestoneAsync(TestPartnerships.Plan("p1"));

        var moved = await partnership.RescheduleMilestoneAsync(new RescheduleMilestone(
            "r1", TestPartnerships.Staff, milestone.Id, milestone.Version, new DateOnly(2026, 10, 1), new DateOnly(2027, 9, 30), SetsStartOn: true));

        Assert.Equal(new DateOnly(2027, 9, 30), moved.DueOn);
        Assert.Equal(milestone.Version + 1, moved.Version);
        var history = await partnership.GetHistoryAsync(TestPartnerships.Staff);
        var due = Assert.Single(history, e => e.Field == "dueOn");
        Assert.Equal(("2027-06-30", "2027-09-30"), (due.OldValue, due.NewValue));
        Assert.Contains(history, e => e is { Field: "startOn", OldValue: "2026-09-01", NewValue: "2026-10-01" });
    }

    /// <summary>Only a reschedule that sets the start date changes it: not setting it keeps 1 September, setting null clears it.</summary>
    [Theory]
    [InlineData(false, "2026-09-01")]
    [InlineData(true, null)]
    public async Task RescheduleMilestone_StartOnNullSetOrNot_ClearedOnlyWhenSet(bool setsStartOn, string? expectedStart)
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var milestone = await partnership.PlanMilestoneAsync(TestPartnerships.Plan("p1"));

        var moved = await partnership.RescheduleMilestoneAsync(new RescheduleMilestone(
            "r1", TestPartnerships.Staff, milestone.Id, milestone.Version, null, new DateOnly(2027, 9, 30), setsStartOn));

        Assert.Equal(expectedStart is null ? null : DateOnly.Parse(expectedStart), moved.StartOn);
        Assert.Equal(new DateOnly(2027, 9, 30), moved.DueOn);
    }

    /// <summary>An edit based on an old version is refused as a conflict and the newer edit stays.</summary>
    [Fact]
    public async Task EditMilestone_StaleExpectedVersion_ConflictAndUnchanged()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var milestone = await partnership.PlanMilestoneAsync(TestPartnerships.Plan("p1"));
        await partnership.EditMilestoneAsync(new EditMilestone("e1", TestPartnerships.Staff, milestone.Id, milestone.Version, "Titre de Besançon", null));

        var error = await Assert.ThrowsAsync<DomainException>(() => partnership.EditMilestoneAsync(
            new EditMilestone("e2", TestPartnerships.Staff, milestone.Id, milestone.Version, "Titre de Dakar", null)));

        Assert.Equal(DomainErrorCode.Conflict, error.Code);
        Assert.Equal("Titre de Besançon", (await partnership.GetMilestonesAsync(TestPartnerships.Staff)).Single().Title);
    }

    /// <summary>Completing sets 100 %; afterwards the milestone can no longer be rescheduled.</summary>
    [Fact]
    public async Task RescheduleMilestone_AfterCompletion_RefusedAsIllegalStatusChange()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var milestone = await partnership.PlanMilestoneAsync(TestPartnerships.Plan("p1"));
        var done = await partnership.CompleteMilestoneAsync(new CompleteMilestone("c1", TestPartnerships.Staff, milestone.Id, null));

        var error = await Assert.ThrowsAsync<DomainException>(() => partnership.RescheduleMilestoneAsync(
            new RescheduleMilestone("r1", TestPartnerships.Staff, milestone.Id, null, null, new DateOnly(2028, 1, 1), SetsStartOn: false)));

        Assert.Equal((MilestoneStatus.Completed, 100), (done.Status, done.Progress));
        Assert.Equal(DomainErrorCode.Validation, error.Code);
        Assert.Contains("atteint", error.MessageFr);
        Assert.Equal(done, (await partnership.GetMilestonesAsync(TestPartnerships.Staff)).Single());
    }

    /// <summary>A cancelled milestone keeps its reason and cannot be completed.</summary>
    [Fact]
    public async Task CompleteMilestone_AfterCancellation_Refused()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var milestone = await partnership.PlanMilestoneAsync(TestPartnerships.Plan("p1"));
        var cancelled = await partnership.CancelMilestoneAsync(new CancelMilestone("x1", TestPartnerships.Staff, milestone.Id, null, "Financement reporté"));

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            partnership.CompleteMilestoneAsync(new CompleteMilestone("c1", TestPartnerships.Staff, milestone.Id, null)));

        Assert.Equal("Financement reporté", cancelled.CancellationReason);
        Assert.Equal(DomainErrorCode.Validation, error.Code);
    }

    /// <summary>Progress outside 0–100 is refused and changes nothing.</summary>
    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public async Task RecordProgress_OutOfRange_RefusedAndUnchanged(int progress)
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var milestone = await partnership.PlanMilestoneAsync(TestPartnerships.Plan("p1"));
        var history = await partnership.GetHistoryAsync(TestPartnerships.Staff);

        var error = await Assert.ThrowsAsync<DomainException>(() => partnership.RecordMilestoneProgressAsync(
            new RecordMilestoneProgress("bad", TestPartnerships.Staff, milestone.Id, null, progress)));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
        Assert.Equal([milestone], await partnership.GetMilestonesAsync(TestPartnerships.Staff));
        Assert.Equal(history, await partnership.GetHistoryAsync(TestPartnerships.Staff));
    }

    /// <summary>Empty, blank and over-long titles are refused and nothing is planned.</summary>
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task PlanMilestone_InvalidTitle_RefusedAndNothingPlanned(string? title)
    {
        var partnership = await TestPartnerships.NewAsync(Grains);

        var empty = await Assert.ThrowsAsync<DomainException>(() => partnership.PlanMilestoneAsync(TestPartnerships.Plan("t1", title!)));
        var tooLong = await Assert.ThrowsAsync<DomainException>(() => partnership.PlanMilestoneAsync(TestPartnerships.Plan("t2", new string('é', 161))));

        Assert.Equal((DomainErrorCode.Validation, DomainErrorCode.Validation), (empty.Code, tooLong.Code));
        Assert.Contains("161", tooLong.MessageFr);
        Assert.Empty(await partnership.GetMilestonesAsync(TestPartnerships.Staff));
    }

    /// <summary>A due date before the start date is refused; fixing it with the same action id then works.</summary>
    [Fact]
    public async Task PlanMilestone_DueBeforeStart_RefusedThenSameIdSucceedsOnceFixed()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var impossible = TestPartnerships.Plan("p1") with { StartOn = new DateOnly(2027, 1, 1), DueOn = new DateOnly(2026, 1, 1) };

        var error = await Assert.ThrowsAsync<DomainException>(() => partnership.PlanMilestoneAsync(impossible));
        var planned = await partnership.PlanMilestoneAsync(TestPartnerships.Plan("p1"));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
        Assert.Equal([planned], await partnership.GetMilestonesAsync(TestPartnerships.Staff));
    }

    /// <summary>An action without a client id is refused: it could not be made idempotent.</summary>
    [Fact]
    public async Task PlanMilestone_NoClientMutationId_Refused()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);

        var error = await Assert.ThrowsAsync<DomainException>(() => partnership.PlanMilestoneAsync(TestPartnerships.Plan(" ")));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
        Assert.Empty(await partnership.GetMilestonesAsync(TestPartnerships.Staff));
    }

    /// <summary>Changing a milestone that does not exist is NOT_FOUND.</summary>
    [Fact]
    public async Task CompleteMilestone_UnknownMilestone_NotFound()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            partnership.CompleteMilestoneAsync(new CompleteMilestone("c1", TestPartnerships.Staff, "m99", null)));

        Assert.Equal(DomainErrorCode.NotFound, error.Code);
    }
}
