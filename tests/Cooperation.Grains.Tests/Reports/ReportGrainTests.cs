using Cooperation.Grains.Tests.Common;
using Cooperation.Grains.Reports;
using Cooperation.Grains.Reports.Commands;

namespace Cooperation.Grains.Tests.Reports;

[Collection(ClusterCollection.Name)]
public sealed class ReportGrainTests(ClusterFixture cluster)
{
    private IGrainFactory Grains => cluster.Grains;

    private static Actor Staff => TestPartnerships.Staff;

    private static Actor South => TestPartnerships.SouthAgent;

    /// <summary>Drafted by the North, submitted, acknowledged by the South: version 1 carries the content and the answer.</summary>
    [Fact]
    public async Task Lifecycle_DraftSubmitAcknowledge_VersionOneAcknowledged()
    {
        var (_, report) = await TestReports.DraftedAsync(Grains);

        var submitted = await report.SubmitAsync(new SubmitReport("submit", Staff));
        var acknowledged = await report.AcknowledgeAsync(new AcknowledgeReport("ack", South, "Merci, rapport conforme."));

        Assert.Equal((ReportStatus.Submitted, 1, (int?)null), (submitted.Status, submitted.SubmittedVersions, submitted.DraftNumber));
        Assert.Equal(ReportStatus.Acknowledged, acknowledged.Status);
        var version = await report.GetVersionAsync(Staff, 1);
        Assert.Equal(TestReports.Content().Activities, version.Content.Activities);
        Assert.Equal((ReportReviewOutcome.Acknowledged, "Merci, rapport conforme."), (version.Review!.Outcome, version.Review.Comment));
        Assert.Equal(["ReportDrafted", "ReportSubmitted", "ReportAcknowledged", "ReportAcknowledged"],
            (await report.HistoryAsync(Staff)).Select(e => e.Action));
    }

    /// <summary>Returned, edited and resubmitted: version 2 has the new text, version 1 is unchanged with the return comment.</summary>
    [Fact]
    public async Task Lifecycle_ReturnEditResubmit_VersionTwoAndVersionOneUnchanged()
    {
        var (_, report) = await TestReports.SubmittedAsync(Grains);
        var versionOne = await report.GetVersionAsync(Staff, 1);

        var returned = await report.ReturnAsync(new ReturnReport("return", South, "Précisez le nombre d'écoles équipées."));
        await report.EditAsync(new EditReport("edit", Staff, null, Activities: "Lot reconditionné ; une école pilote équipée."));
        var resubmitted = await report.SubmitAsync(new SubmitReport("resubmit", Staff));

        Assert.Equal((ReportStatus.Returned, (int?)2), (returned.Status, returned.DraftNumber));
        Assert.Equal((ReportStatus.Submitted, 2), (resubmitted.Status, resubmitted.SubmittedVersions));
        var versions = await report.GetVersionsAsync(Staff);
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal("Lot reconditionné ; une école pilote équipée.", versions[1].Content.Activities);
        Assert.Equal(versionOne.Content, versions[0].Content);
        Assert.Equal(versionOne.SubmittedAt, versions[0].SubmittedAt);
        Assert.Equal("Précisez le nombre d'écoles équipées.", versions[0].Review!.Comment);
        Assert.Null(versions[1].Review);
    }

    /// <summary>Editing a submitted report is refused with a message saying why, and changes nothing.</summary>
    [Fact]
    public async Task Edit_Submitted_RefusedClearlyAndNothingChanges()
    {
        var (_, report) = await TestReports.SubmittedAsync(Grains);
        var before = await report.GetAsync(Staff);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            report.EditAsync(new EditReport("late-edit", Staff, null, Results: "Autre texte")));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
        Assert.Contains("version soumise ne se modifie plus", error.MessageFr);
        Assert.Contains("renvoyé pour modifications", error.MessageFr);
        Assert.Equal(before, await report.GetAsync(Staff));
    }

    /// <summary>An acknowledged report can be neither edited nor submitted again.</summary>
    [Fact]
    public async Task Acknowledged_EditOrSubmit_Refused()
    {
        var (_, report) = await TestReports.SubmittedAsync(Grains);
        await report.AcknowledgeAsync(new AcknowledgeReport("ack", South, null));

        var acknowledged = await report.GetAsync(Staff);

        var edit = await Assert.ThrowsAsync<DomainException>(() => report.EditAsync(new EditReport("e", Staff, null, Results: "x")));
        var submit = await Assert.ThrowsAsync<DomainException>(() => report.SubmitAsync(new SubmitReport("s2", Staff)));
        var returned = await Assert.ThrowsAsync<DomainException>(() => report.ReturnAsync(new ReturnReport("r", South, "Trop tard")));

        Assert.All([edit, submit, returned], e => Assert.Equal(DomainErrorCode.Validation, e.Code));
        Assert.Equal(acknowledged, await report.GetAsync(Staff));
    }

    /// <summary>The same client mutation id sent again returns the first result and writes nothing more.</summary>
    [Fact]
    public async Task Commands_RepeatedClientMutationId_AppliedOnce()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var report = TestReports.Of(Grains, partnership);

        var first = await report.DraftAsync(new DraftReport("draft", Staff, TestReports.Content()));
        var repeat = await report.DraftAsync(new DraftReport("draft", Staff, TestReports.Content("Autre contenu")));
        var submitted = await report.SubmitAsync(new SubmitReport("submit", Staff));
        var submittedAgain = await report.SubmitAsync(new SubmitReport("submit", Staff));

        Assert.Equal(first, repeat);
        Assert.Equal(submitted, submittedAgain);
        Assert.Single(await report.GetVersionsAsync(Staff));
        Assert.Equal(2, (await report.HistoryAsync(Staff)).Count);
    }

    /// <summary>The same client mutation id used for another command is a conflict.</summary>
    [Fact]
    public async Task Commands_SameIdOtherKind_Conflict()
    {
        var (_, report) = await TestReports.DraftedAsync(Grains);

        var error = await Assert.ThrowsAsync<DomainException>(() => report.SubmitAsync(new SubmitReport("draft", Staff)));

        Assert.Equal(DomainErrorCode.Conflict, error.Code);
    }

    /// <summary>A second draft of the same period (another id) is refused: one report per partnership and period.</summary>
    [Fact]
    public async Task Draft_SecondForSamePeriod_Conflict()
    {
        var (_, report) = await TestReports.DraftedAsync(Grains);

        var error = await Assert.ThrowsAsync<DomainException>(() => report.DraftAsync(new DraftReport("draft-again", Staff, TestReports.Content())));

        Assert.Equal(DomainErrorCode.Conflict, error.Code);
    }

    /// <summary>North writes and submits, South acknowledges and returns, the third partner only reads, an outsider nothing.</summary>
    [Fact]
    public async Task Access_PerRole_NorthWritesSouthReviewsThirdReadsOutsiderForbidden()
    {
        var (partnership, report) = await TestReports.DraftedAsync(Grains);
        var other = TestReports.Of(Grains, partnership, new DateOnly(2026, 7, 1), new DateOnly(2026, 12, 31));

        async Task<DomainErrorCode> Refusal(Func<Task> action) => (await Assert.ThrowsAsync<DomainException>(action)).Code;

        Assert.Equal(DomainErrorCode.Forbidden, await Refusal(() => other.DraftAsync(new DraftReport("s", South, TestReports.Content()))));
        Assert.Equal(DomainErrorCode.Forbidden, await Refusal(() => other.DraftAsync(new DraftReport("t", TestPartnerships.Researcher, TestReports.Content()))));
        Assert.Equal(DomainErrorCode.Forbidden, await Refusal(() => report.EditAsync(new EditReport("s", South, null, Results: "x"))));
        Assert.Equal(DomainErrorCode.Forbidden, await Refusal(() => report.SubmitAsync(new SubmitReport("s", South))));
        await report.SubmitAsync(new SubmitReport("submit", Staff));
        Assert.Equal(DomainErrorCode.Forbidden, await Refusal(() => report.AcknowledgeAsync(new AcknowledgeReport("n", Staff, null))));
        Assert.Equal(DomainErrorCode.Forbidden, await Refusal(() => report.ReturnAsync(new ReturnReport("t", TestPartnerships.Researcher, "x"))));
        Assert.Equal(ReportStatus.Submitted, (await report.GetAsync(TestPartnerships.Researcher)).Status);
        Assert.Single(await report.GetVersionsAsync(TestPartnerships.Researcher));
        Assert.Equal(DomainErrorCode.Forbidden, await Refusal(() => report.GetAsync(TestPartnerships.Outsider)));
        Assert.Equal(DomainErrorCode.Forbidden, await Refusal(() => Grains.GetGrain<IReportIndexGrain>(partnership.GetPrimaryKeyString()).ListAsync(TestPartnerships.Outsider)));
        Assert.Equal(ReportStatus.Returned, (await report.ReturnAsync(new ReturnReport("return", South, "À compléter"))).Status);
    }

    /// <summary>An outsider meets the same refusal whether or not the report exists; a member meets NOT_FOUND.</summary>
    [Fact]
    public async Task Get_Missing_ForbiddenForOutsiderNotFoundForMember()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var missing = TestReports.Of(Grains, partnership);

        Assert.Equal(DomainErrorCode.Forbidden, (await Assert.ThrowsAsync<DomainException>(() => missing.GetAsync(TestPartnerships.Outsider))).Code);
        Assert.Equal(DomainErrorCode.NotFound, (await Assert.ThrowsAsync<DomainException>(() => missing.GetAsync(Staff))).Code);
    }

    /// <summary>A period ending before it starts is refused with the dates in the message.</summary>
    [Fact]
    public async Task Draft_PeriodEndBeforeStart_Validation()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var report = Grains.GetGrain<IReportGrain>($"{partnership.GetPrimaryKeyString()}/2026-06-30_2026-01-01");

        var error = await Assert.ThrowsAsync<DomainException>(() => report.DraftAsync(new DraftReport("d", Staff, TestReports.Content())));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
        Assert.Contains("2026-01-01", error.MessageFr);
        Assert.Throws<DomainException>(() => ReportRules.Key(partnership.GetPrimaryKeyString(), new DateOnly(2026, 6, 30), new DateOnly(2026, 1, 1)));
    }

    /// <summary>Too-long sections, indicators without a title, unknown milestones and bad attachments are refused and change nothing.</summary>
    [Fact]
    public async Task Draft_InvalidContent_ValidationAndNothingStored()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var report = TestReports.Of(Grains, partnership);
        var valid = TestReports.Content();
        ReportContent[] invalid =
        [
            valid with { Activities = new string('a', ReportRules.MaxSectionLength + 1) },
            valid with { Indicators = [new ReportIndicator("ecoles", "  ", "écoles", 0, 12, 1)] },
            valid with { Indicators = [new ReportIndicator("ecoles", "Écoles", "écoles", 0, 12, 1), new ReportIndicator("ecoles", "Encore", "écoles", null, null, 2)] },
            valid with { MilestoneIds = ["m42"] },
            valid with { Attachments = [new ReportAttachment("photo.jpg", "pas un type", 10)] },
        ];

        var messages = new List<string>();
        for (var i = 0; i < invalid.Length; i++)
        {
            var error = await Assert.ThrowsAsync<DomainException>(() => report.DraftAsync(new DraftReport($"bad-{i}", Staff, invalid[i])));
            Assert.Equal(DomainErrorCode.Validation, error.Code);
            messages.Add(error.MessageFr);
        }

        Assert.Contains("4000", messages[0]);
        Assert.Contains("intitulé est obligatoire", messages[1]);
        Assert.Contains("deux fois", messages[2]);
        Assert.Contains("m42", messages[3]);
        Assert.Equal(DomainErrorCode.NotFound, (await Assert.ThrowsAsync<DomainException>(() => report.GetAsync(Staff))).Code);
    }

    /// <summary>Milestones of the partnership can be linked; their ids are kept in the order given.</summary>
    [Fact]
    public async Task Draft_WithExistingMilestones_Linked()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var first = await partnership.PlanMilestoneAsync(TestPartnerships.Plan("p1"));
        var second = await partnership.PlanMilestoneAsync(TestPartnerships.Plan("p2", "Former les enseignants"));

        var report = await TestReports.Of(Grains, partnership).DraftAsync(new DraftReport(
            "d", Staff, TestReports.Content() with { MilestoneIds = [second.Id, first.Id] }));

        Assert.Equal([second.Id, first.Id], report.Content.MilestoneIds);
    }

    /// <summary>Each change of a report reaches the partnership's change feed once, at its latest version, and its index lists it.</summary>
    [Fact]
    public async Task Changes_DraftAndSubmit_ListedInFeedAndIndex()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var cursor = (await partnership.GetChangesAsync(Staff, 0)).Cursor;
        var report = TestReports.Of(Grains, partnership);

        await report.DraftAsync(new DraftReport("d", Staff, TestReports.Content()));
        var submitted = await report.SubmitAsync(new SubmitReport("s", Staff));
        var changes = await partnership.GetChangesAsync(Staff, cursor);

        var entry = Assert.Single(changes.Entities);
        Assert.Equal((ReportGrain.Kind, submitted.Key, submitted.Revision), (entry.Kind, entry.EntityId, entry.EntityVersion));
        Assert.Equal([submitted.Key], await Grains.GetGrain<IReportIndexGrain>(partnership.GetPrimaryKeyString()).ListAsync(TestPartnerships.Researcher));
    }

    /// <summary>An edit that changes nothing writes no history and no new revision.</summary>
    [Fact]
    public async Task Edit_SameContent_NoNewRevision()
    {
        var (_, report) = await TestReports.DraftedAsync(Grains);
        var before = await report.GetAsync(Staff);

        var after = await report.EditAsync(new EditReport("same", Staff, (int)before.Revision, Activities: before.Content.Activities));

        Assert.Equal(before.Revision, after.Revision);
        Assert.Single(await report.HistoryAsync(Staff));
    }

    /// <summary>An edit based on an older revision is a conflict.</summary>
    [Fact]
    public async Task Edit_StaleRevision_Conflict()
    {
        var (_, report) = await TestReports.DraftedAsync(Grains);
        await report.EditAsync(new EditReport("e1", Staff, 1, Results: "Premier texte"));

        var error = await Assert.ThrowsAsync<DomainException>(() => report.EditAsync(new EditReport("e2", Staff, 1, Results: "Second texte")));

        Assert.Equal(DomainErrorCode.Conflict, error.Code);
    }

    /// <summary>An empty draft cannot be submitted.</summary>
    [Fact]
    public async Task Submit_EmptyDraft_Validation()
    {
        var partnership = await TestPartnerships.NewAsync(Grains);
        var report = TestReports.Of(Grains, partnership);
        await report.DraftAsync(new DraftReport("d", Staff, ReportContent.Empty));

        var error = await Assert.ThrowsAsync<DomainException>(() => report.SubmitAsync(new SubmitReport("s", Staff)));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
    }
}
