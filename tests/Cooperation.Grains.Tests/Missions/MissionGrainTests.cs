using Cooperation.Grains.Tests.Common;
using Cooperation.Grains.Missions;
using Cooperation.Grains.Missions.Commands;

namespace Cooperation.Grains.Tests.Missions;

[Collection(ClusterCollection.Name)]
public sealed class MissionGrainTests(ClusterFixture cluster)
{
    private IGrainFactory Grains => cluster.Grains;

    private static Actor Staff => TestPartnerships.Staff;

    /// <summary>North staff plan a mission: planned, version 1, agenda in date order, listed by the partnership's index.</summary>
    [Fact]
    public async Task Plan_ByNorthStaff_PlannedAndIndexed()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);

        var (_, mission) = await TestMissions.PlannedAsync(Grains, partnership);

        Assert.Equal((MissionStatus.Planned, 1L, 0), (mission.Status, mission.Version, mission.ReportVersions));
        Assert.Equal([new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 3)], mission.Plan.Agenda.Select(d => d.Date));
        Assert.Equal(2, mission.Plan.Travellers.Count);
        var keys = await Grains.GetGrain<IMissionIndexGrain>(partnership.GetPrimaryKeyString()).ListAsync(TestPartnerships.Researcher);
        Assert.Equal([mission.Key], keys);
    }

    /// <summary>Planned → under way → reported, each step in the history with who did it.</summary>
    [Fact]
    public async Task Lifecycle_StartThenFileReport_Reported()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var (grain, _) = await TestMissions.PlannedAsync(Grains, partnership);

        var started = await grain.StartAsync(new StartMission("start", Staff, ExpectedVersion: 1));
        var reported = await grain.FileReportAsync(new FileMissionReport("report-1", Staff, TestMissions.Report()));

        Assert.Equal(MissionStatus.UnderWay, started.Status);
        Assert.Equal((MissionStatus.Reported, 1), (reported.Status, reported.ReportVersions));
        Assert.Equal(1, reported.LatestReport!.Number);
        var history = await grain.HistoryAsync(Staff);
        Assert.Equal(["MissionPlanned", "MissionStarted", "MissionReportFiled", "MissionReportFiled"], history.Select(e => e.Action));
        Assert.All(history, e => Assert.Equal(Staff, e.Actor));
    }

    /// <summary>Filing version 2 of the report leaves version 1 exactly as it was filed, and both stay readable.</summary>
    [Fact]
    public async Task FileReport_SecondVersion_FirstVersionUnchanged()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var (grain, _) = await TestMissions.PlannedAsync(Grains, partnership);
        await grain.StartAsync(new StartMission("start", Staff, null));
        await grain.FileReportAsync(new FileMissionReport("report-1", Staff, TestMissions.Report("Première rédaction.")));
        var first = await grain.GetReportVersionAsync(Staff, 1);

        cluster.Time.Advance(TimeSpan.FromDays(2));
        var after = await grain.FileReportAsync(new FileMissionReport("report-2", Staff, TestMissions.Report("Rédaction corrigée.")));

        Assert.Equal((MissionStatus.Reported, 2, 2), (after.Status, after.ReportVersions, after.LatestReport!.Number));
        TestMissions.AssertSame(first, await grain.GetReportVersionAsync(TestPartnerships.Researcher, 1));
        Assert.Equal("Première rédaction.", first.Content.WhatWasDone);
        var versions = await grain.GetReportVersionsAsync(TestPartnerships.SouthAgent);
        Assert.Equal(["Première rédaction.", "Rédaction corrigée."], versions.Select(v => v.Content.WhatWasDone));
        Assert.True(versions[1].FiledAt > versions[0].FiledAt);
    }

    /// <summary>A report cannot be filed for a mission that has not started; the message says why and what to do.</summary>
    [Fact]
    public async Task FileReport_WhilePlanned_RefusedWithClearMessage()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var (grain, mission) = await TestMissions.PlannedAsync(Grains, partnership);

        var error = await Assert.ThrowsAsync<DomainException>(() => grain.FileReportAsync(new FileMissionReport("report", Staff, TestMissions.Report())));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
        Assert.Contains("planifiée", error.MessageFr);
        Assert.Contains("Démarrez", error.MessageFr);
        TestMissions.AssertSame(mission, await grain.GetAsync(Staff));
    }

    /// <summary>Once under way, the plan is frozen: an edit is refused and changes nothing.</summary>
    [Fact]
    public async Task Edit_UnderWay_RefusedAndNothingChanges()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var (grain, _) = await TestMissions.PlannedAsync(Grains, partnership);
        var started = await grain.StartAsync(new StartMission("start", Staff, null));

        var error = await Assert.ThrowsAsync<DomainException>(() => grain.EditAsync(EditTitle("edit", "Autre intitulé")));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
        Assert.Contains("en cours", error.MessageFr);
        TestMissions.AssertSame(started, await grain.GetAsync(Staff));
    }

    /// <summary>A planned mission's edit changes only what it names, records old → new, and bumps the version.</summary>
    [Fact]
    public async Task Edit_Planned_ChangesNamedPartsWithHistory()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var (grain, before) = await TestMissions.PlannedAsync(Grains, partnership);

        var after = await grain.EditAsync(EditTitle("edit", "Mission TICE à Dakar et Thiès"));

        Assert.Equal("Mission TICE à Dakar et Thiès", after.Plan.Title);
        TestMissions.AssertSame(before.Plan with { Title = after.Plan.Title }, after.Plan);
        Assert.Equal(2, after.Version);
        var line = (await grain.HistoryAsync(Staff)).Last();
        Assert.Equal(("MissionEdited", "title", before.Plan.Title, after.Plan.Title), (line.Action, line.Field, line.OldValue, line.NewValue));
    }

    /// <summary>An edit based on an older version is a conflict.</summary>
    [Fact]
    public async Task Edit_StaleVersion_Conflict()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var (grain, _) = await TestMissions.PlannedAsync(Grains, partnership);
        await grain.EditAsync(EditTitle("edit-1", "Premier changement"));

        var error = await Assert.ThrowsAsync<DomainException>(() => grain.EditAsync(EditTitle("edit-2", "Second changement") with { ExpectedVersion = 1 }));

        Assert.Equal(DomainErrorCode.Conflict, error.Code);
    }

    /// <summary>Cancelling needs a reason; with one, the mission is cancelled and can no longer start.</summary>
    [Fact]
    public async Task Cancel_NeedsReason_ThenCancelledAndFinal()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var (grain, mission) = await TestMissions.PlannedAsync(Grains, partnership);

        var noReason = await Assert.ThrowsAsync<DomainException>(() => grain.CancelAsync(new CancelMission("cancel-empty", Staff, "  ")));
        Assert.Equal(DomainErrorCode.Validation, noReason.Code);
        TestMissions.AssertSame(mission, await grain.GetAsync(Staff));

        var cancelled = await grain.CancelAsync(new CancelMission("cancel", Staff, "Élections municipales : mission reportée à l'automne."));
        var start = await Assert.ThrowsAsync<DomainException>(() => grain.StartAsync(new StartMission("start", Staff, null)));

        Assert.Equal((MissionStatus.Cancelled, "Élections municipales : mission reportée à l'automne."), (cancelled.Status, cancelled.CancellationReason));
        Assert.Equal(DomainErrorCode.Validation, start.Code);
        Assert.Contains("annulée", start.MessageFr);
    }

    /// <summary>A mission under way can no longer be cancelled: only planned → cancelled exists.</summary>
    [Fact]
    public async Task Cancel_UnderWay_Refused()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var (grain, _) = await TestMissions.PlannedAsync(Grains, partnership);
        await grain.StartAsync(new StartMission("start", Staff, null));

        var error = await Assert.ThrowsAsync<DomainException>(() => grain.CancelAsync(new CancelMission("cancel", Staff, "Trop tard")));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
        Assert.Equal(MissionStatus.UnderWay, (await grain.GetAsync(Staff)).Status);
    }

    /// <summary>Invalid plans are refused with a specific message and create nothing.</summary>
    [Theory]
    [InlineData("end-before-start", "précède")]
    [InlineData("no-traveller", "au moins un membre")]
    [InlineData("agenda-outside", "hors des dates")]
    public async Task Plan_Invalid_ValidationAndNothingCreated(string problem, string expectedWords)
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var plan = problem switch
        {
            "end-before-start" => TestMissions.Plan(startOn: new DateOnly(2027, 2, 10), endOn: new DateOnly(2027, 2, 1), agenda: []),
            "no-traveller" => TestMissions.Plan(travellers: []),
            _ => TestMissions.Plan(agenda: [new(new DateOnly(2027, 2, 13), "Un jour de trop.")]),
        };
        var grain = TestMissions.Grain(Grains, partnership, "plan");

        var error = await Assert.ThrowsAsync<DomainException>(() => grain.PlanAsync(new PlanMission("plan", Staff, plan)));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
        Assert.Contains(expectedWords, error.MessageFr);
        Assert.Equal(DomainErrorCode.NotFound, (await Assert.ThrowsAsync<DomainException>(() => grain.GetAsync(Staff))).Code);
        Assert.Empty(await Grains.GetGrain<IMissionIndexGrain>(partnership.GetPrimaryKeyString()).ListAsync(Staff));
    }

    /// <summary>Moving the dates so that an agenda day falls outside them is refused, even when the agenda is not sent.</summary>
    [Fact]
    public async Task Edit_DatesLeavingAgendaDayOutside_Validation()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var (grain, mission) = await TestMissions.PlannedAsync(Grains, partnership);

        var error = await Assert.ThrowsAsync<DomainException>(() => grain.EditAsync(
            new EditMission("edit", Staff, null, null, new DateOnly(2027, 2, 2), null, null, null, null, null, null)));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
        Assert.Contains("2027-02-01", error.MessageFr);
        TestMissions.AssertSame(mission, await grain.GetAsync(Staff));
    }

    /// <summary>Linked milestones must exist in the partnership.</summary>
    [Fact]
    public async Task Plan_UnknownMilestone_ValidationKnownOneLinked()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var milestone = await partnership.PlanMilestoneAsync(TestPartnerships.Plan("m"));

        var unknown = await Assert.ThrowsAsync<DomainException>(() => TestMissions.Grain(Grains, partnership, "bad")
            .PlanAsync(new PlanMission("bad", Staff, TestMissions.Plan(milestoneIds: ["m99"]))));
        var linked = await TestMissions.Grain(Grains, partnership, "good")
            .PlanAsync(new PlanMission("good", Staff, TestMissions.Plan(milestoneIds: [milestone.Id])));

        Assert.Equal(DomainErrorCode.Validation, unknown.Code);
        Assert.Contains("m99", unknown.MessageFr);
        Assert.Equal([milestone.Id], linked.Plan.MilestoneIds);
    }

    /// <summary>The same plan sent twice creates one mission, and both answers agree.</summary>
    [Fact]
    public async Task Plan_SameClientMutationIdTwice_OneMission()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);

        var (_, first) = await TestMissions.PlannedAsync(Grains, partnership, "plan-twice");
        var (_, second) = await TestMissions.PlannedAsync(Grains, partnership, "plan-twice");

        TestMissions.AssertSame(first, second);
        Assert.Single(await Grains.GetGrain<IMissionIndexGrain>(partnership.GetPrimaryKeyString()).ListAsync(Staff));
    }

    /// <summary>A repeated filing adds no version; the same id for another action is a conflict.</summary>
    [Fact]
    public async Task FileReport_Repeated_OneVersionAndReusedIdConflict()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var (grain, _) = await TestMissions.PlannedAsync(Grains, partnership);
        await grain.StartAsync(new StartMission("start", Staff, null));

        var first = await grain.FileReportAsync(new FileMissionReport("report-1", Staff, TestMissions.Report()));
        var repeat = await grain.FileReportAsync(new FileMissionReport("report-1", Staff, TestMissions.Report("Autre texte")));
        var reused = await Assert.ThrowsAsync<DomainException>(() => grain.CommentAsync(new CommentOnMission("report-1", TestPartnerships.SouthAgent, "Merci")));

        TestMissions.AssertSame(first, repeat);
        Assert.Single(await grain.GetReportVersionsAsync(Staff));
        Assert.Equal(DomainErrorCode.Conflict, reused.Code);
    }

    /// <summary>South agents comment (author and date kept); North staff may not comment, third partners only read.</summary>
    [Fact]
    public async Task Comment_BySouthAgent_AddedOthersForbidden()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var (grain, _) = await TestMissions.PlannedAsync(Grains, partnership);

        var commented = await grain.CommentAsync(new CommentOnMission("comment", TestPartnerships.SouthAgent, "Les écoles de Thiès sont prêtes à vous recevoir."));
        var north = await Assert.ThrowsAsync<DomainException>(() => grain.CommentAsync(new CommentOnMission("north", Staff, "Merci")));
        var third = await Assert.ThrowsAsync<DomainException>(() => grain.CommentAsync(new CommentOnMission("third", TestPartnerships.Researcher, "Note")));

        var comment = Assert.Single(commented.Comments);
        Assert.Equal((1, TestPartnerships.SouthAgent.DisplayName, cluster.Time.GetUtcNow()), (comment.Number, comment.Author, comment.At));
        Assert.Equal((DomainErrorCode.Forbidden, DomainErrorCode.Forbidden), (north.Code, third.Code));
        Assert.Single((await grain.GetAsync(TestPartnerships.Researcher)).Comments);
    }

    /// <summary>Only North staff plan, start, file and cancel: South agents and third partners are refused and change nothing.</summary>
    [Fact]
    public async Task NorthActions_BySouthOrThirdPartner_Forbidden()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var (grain, mission) = await TestMissions.PlannedAsync(Grains, partnership);

        foreach (var actor in new[] { TestPartnerships.SouthAgent, TestPartnerships.Researcher })
        {
            var plan = await Assert.ThrowsAsync<DomainException>(() =>
                TestMissions.Grain(Grains, partnership, $"plan-{actor.Id}").PlanAsync(new PlanMission($"plan-{actor.Id}", actor, TestMissions.Plan())));
            var start = await Assert.ThrowsAsync<DomainException>(() => grain.StartAsync(new StartMission($"start-{actor.Id}", actor, null)));
            var cancel = await Assert.ThrowsAsync<DomainException>(() => grain.CancelAsync(new CancelMission($"cancel-{actor.Id}", actor, "Raison")));
            Assert.All([plan, start, cancel], e => Assert.Equal(DomainErrorCode.Forbidden, e.Code));
        }

        TestMissions.AssertSame(mission, await grain.GetAsync(TestPartnerships.Researcher));
    }

    /// <summary>An outsider gets the same refusal for an existing mission and a missing one.</summary>
    [Fact]
    public async Task Get_Outsider_SameForbiddenWhetherOrNotItExists()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var (grain, _) = await TestMissions.PlannedAsync(Grains, partnership);
        var missing = TestMissions.Grain(Grains, partnership, "never-planned");

        var existing = await Assert.ThrowsAsync<DomainException>(() => grain.GetAsync(TestPartnerships.Outsider));
        var absent = await Assert.ThrowsAsync<DomainException>(() => missing.GetAsync(TestPartnerships.Outsider));
        var index = await Assert.ThrowsAsync<DomainException>(() => Grains.GetGrain<IMissionIndexGrain>(partnership.GetPrimaryKeyString()).ListAsync(TestPartnerships.Outsider));

        Assert.Equal((DomainErrorCode.Forbidden, existing.Message), (absent.Code, absent.Message));
        Assert.Equal(DomainErrorCode.Forbidden, index.Code);
    }

    /// <summary>A plan sent to a grain whose key its id does not give is refused: a plan only ever creates its own mission.</summary>
    [Fact]
    public async Task Plan_KeyNotFromClientMutationId_Refused()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var grain = TestMissions.Grain(Grains, partnership, "some-other-id");

        var error = await Assert.ThrowsAsync<DomainException>(() => grain.PlanAsync(new PlanMission("plan", Staff, TestMissions.Plan())));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
    }

    /// <summary>Every change of a mission reaches the partnership's change feed, once, at its latest version.</summary>
    [Fact]
    public async Task Changes_AfterCursor_ListTheMissionAtLatestVersion()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var cursor = (await partnership.GetChangesAsync(Staff, 0)).Cursor;
        var (grain, _) = await TestMissions.PlannedAsync(Grains, partnership);
        var started = await grain.StartAsync(new StartMission("start", Staff, null));

        var changes = await partnership.GetChangesAsync(TestPartnerships.Researcher, cursor);

        var entry = Assert.Single(changes.Entities);
        Assert.Equal((MissionGrain.Kind, started.Key, started.Version), (entry.Kind, entry.EntityId, entry.EntityVersion));
        Assert.Empty((await partnership.GetChangesAsync(Staff, changes.Cursor)).Entities);
    }

    private static EditMission EditTitle(string id, string title) =>
        new(id, Staff, null, title, null, null, null, null, null, null, null);
}
