using Cooperation.Grains.Funding.Applications;
using Cooperation.Grains.Funding.Applications.Commands;
using Cooperation.Grains.Funding.Calls;
using Cooperation.Grains.Funding.Calls.Commands;
using Cooperation.Grains.Funding.Reviews.Commands;
using Cooperation.Grains.Reports;
using Cooperation.Grains.Reports.Commands;
using Cooperation.Grains.Tests.Common;
using Cooperation.Grains.Tests.Reports;

namespace Cooperation.Grains.Tests.Funding;

[Collection(ClusterCollection.Name)]
public sealed class FundApplicationGrainTests(ClusterFixture cluster)
{
    private IGrainFactory Grains => cluster.Grains;

    private static Actor Staff => TestPartnerships.Staff;

    /// <summary>While drafting, the checklist names each gap: missing pieces, amount over the envelope, unbalanced budget.</summary>
    [Fact]
    public async Task Draft_Incomplete_ChecklistNamesEachGap()
    {
        var call = await TestFunds.NewCallAsync(Grains, cluster);
        var partnership = await TestPartnerships.NewAsync(Grains);
        var content = TestFunds.Complete(requested: 200_000m) with
        {
            Pieces = [TestFunds.Complete().Pieces[0]],
            Budget = [new BudgetLine("Ordinateurs", 1000m)],
        };

        var application = await TestFunds.DraftAsync(Grains, call, partnership, content);
        var draft = await application.GetAsync(Staff);

        var gaps = draft.Checklist.Where(i => !i.Satisfied).ToList();
        Assert.False(draft.IsReady);
        Assert.Equal(
            [(ChecklistCheck.RequestedAmount, (PieceKind?)null), (ChecklistCheck.BudgetBalanced, null),
             (ChecklistCheck.RequiredPiece, PieceKind.CouncilDeliberation), (ChecklistCheck.RequiredPiece, PieceKind.CostedLetterOfIntent)],
            gaps.Select(g => (g.Check, g.Piece)));
        Assert.Contains("dépasse l'enveloppe", gaps[0].MessageFr);
    }

    /// <summary>Filing an incomplete file is refused, saying what is missing, and the file stays a draft.</summary>
    [Fact]
    public async Task Submit_MissingPiece_RefusedWithChecklistAndStaysDraft()
    {
        var call = await TestFunds.NewCallAsync(Grains, cluster);
        var partnership = await TestPartnerships.NewAsync(Grains);
        var application = await TestFunds.DraftAsync(Grains, call, partnership, TestFunds.Complete() with { Pieces = [] });

        var error = await Assert.ThrowsAsync<DomainException>(() => application.SubmitAsync(new SubmitFundApplication("submit", Staff)));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
        Assert.Contains("joignez la délibération du conseil", error.MessageFr);
        Assert.Contains("attach the council's deliberation", error.MessageEn);
        var after = await application.GetAsync(Staff);
        Assert.Equal((ApplicationStatus.Draft, 0), (after.Status, after.SubmittedVersions));
    }

    /// <summary>A filed version is frozen: an edit is refused; a return for completion opens version 2, version 1 unchanged.</summary>
    [Fact]
    public async Task SubmittedVersion_IsImmutable_ReturnOpensVersionTwo()
    {
        var manager = await TestFunds.NewManagerAsync(Grains);
        var call = await TestFunds.NewCallAsync(Grains, cluster);
        var (_, application) = await TestFunds.SubmittedAsync(Grains, call);
        var versionOne = await application.GetVersionAsync(manager, 1);

        var frozen = await Assert.ThrowsAsync<DomainException>(() => application.EditAsync(new EditFundApplication("late", Staff, null, Description: "Autre texte")));
        var returned = await application.ReturnAsync(new ReturnFundApplication("return", manager, "Joignez la lettre d'intention signée du ministère."));
        await application.EditAsync(new EditFundApplication("complete", Staff, null, Description: TestFunds.Description + " Lettre signée jointe."));
        var resubmitted = await application.SubmitAsync(new SubmitFundApplication("resubmit", Staff));

        Assert.Equal(DomainErrorCode.Validation, frozen.Code);
        Assert.Contains("ne se modifie plus", frozen.MessageFr);
        Assert.Equal((ApplicationStatus.Returned, (int?)2), (returned.Status, returned.DraftNumber));
        Assert.Equal((ApplicationStatus.Submitted, 2), (resubmitted.Status, resubmitted.SubmittedVersions));
        var versions = await application.GetVersionsAsync(manager);
        Assert.Equal(versionOne, versions[0]);
        Assert.EndsWith("Lettre signée jointe.", versions[1].Content.Description);
        Assert.Equal("Joignez la lettre d'intention signée du ministère.", resubmitted.LatestReturn!.Reason);
    }

    /// <summary>After the call's deadline a draft can no longer be filed.</summary>
    [Fact]
    public async Task Submit_AfterDeadline_Refused()
    {
        var manager = await TestFunds.NewManagerAsync(Grains);
        var call = await TestFunds.NewCallAsync(Grains, cluster);
        var partnership = await TestPartnerships.NewAsync(Grains);
        var application = await TestFunds.DraftAsync(Grains, call, partnership);
        await call.EditAsync(new EditFundCall("soon", manager, Deadline: cluster.Time.GetUtcNow().AddMinutes(1)));
        cluster.Time.Advance(TimeSpan.FromMinutes(2));

        var error = await Assert.ThrowsAsync<DomainException>(() => application.SubmitAsync(new SubmitFundApplication("submit", Staff)));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
        Assert.Contains("clos", error.MessageFr);
        Assert.Equal(ApplicationStatus.Draft, (await application.GetAsync(Staff)).Status);
    }

    /// <summary>The whole path: filed, under review at the first assignment, reviewed, granted within the requested amount.</summary>
    [Fact]
    public async Task Lifecycle_FileReviewGrant_AmountWithinRequested()
    {
        var manager = await TestFunds.NewManagerAsync(Grains);
        var reviewer = await TestFunds.NewReviewerAsync(Grains);
        var call = await TestFunds.NewCallAsync(Grains, cluster);
        var (_, application) = await TestFunds.SubmittedAsync(Grains, call);

        var assigned = await application.AssignReviewerAsync(new AssignReviewer("assign", manager, reviewer.Id));
        await TestFunds.ReviewAsync(application, reviewer, 4, 4, 8);
        var over = await Assert.ThrowsAsync<DomainException>(() => application.GrantAsync(new GrantFundApplication("too-much", manager, 45_000m, "Projet solide.")));
        var granted = await application.GrantAsync(new GrantFundApplication("grant", manager, 35_000m, "Projet solide ; budget de formation réduit."));

        Assert.Equal(ApplicationStatus.UnderReview, assigned.Status);
        Assert.Equal(DomainErrorCode.Validation, over.Code);
        Assert.Contains("dépasse le montant demandé", over.MessageFr);
        Assert.Equal((ApplicationStatus.Granted, (decimal?)35_000m), (granted.Status, granted.Decision!.Amount));
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2027, 12, 31)), (granted.Decision.PeriodStart!.Value, granted.Decision.PeriodEnd!.Value));
        var decidedTwice = await Assert.ThrowsAsync<DomainException>(() => application.DeclineAsync(new DeclineFundApplication("decline", manager, "Trop tard")));
        Assert.Equal(DomainErrorCode.Validation, decidedTwice.Code);
        Assert.Equal(ApplicationStatus.Granted, (await application.GetAsync(manager)).Status);
    }

    /// <summary>A decision needs reasons; a declined file keeps them.</summary>
    [Fact]
    public async Task Decline_WithoutReasons_RefusedThenDeclinedWithReasons()
    {
        var manager = await TestFunds.NewManagerAsync(Grains);
        var call = await TestFunds.NewCallAsync(Grains, cluster);
        var (_, application) = await TestFunds.SubmittedAsync(Grains, call);

        var noReason = await Assert.ThrowsAsync<DomainException>(() => application.DeclineAsync(new DeclineFundApplication("no-reason", manager, "  ")));
        Assert.Equal(DomainErrorCode.Validation, noReason.Code);
        var declined = await application.DeclineAsync(new DeclineFundApplication("decline", manager, "Hors du champ de l'appel."));

        Assert.Equal((ApplicationStatus.Declined, "Hors du champ de l'appel."), (declined.Status, declined.Decision!.Reasons));
    }

    /// <summary>A granted file's reporting duties are the partnership's progress reports in the grant's period.</summary>
    [Fact]
    public async Task ReportingDuties_Granted_ListReportsInGrantPeriod()
    {
        var manager = await TestFunds.NewManagerAsync(Grains);
        var reviewer = await TestFunds.NewReviewerAsync(Grains);
        var call = await TestFunds.NewCallAsync(Grains, cluster);
        var (partnership, application) = await TestFunds.SubmittedAsync(Grains, call);
        var inPeriod = TestReports.Of(Grains, partnership, new DateOnly(2026, 7, 1), new DateOnly(2026, 12, 31));
        await inPeriod.DraftAsync(new DraftReport("r1", Staff, TestReports.Content()));
        await inPeriod.SubmitAsync(new SubmitReport("r1-submit", Staff));
        await TestReports.Of(Grains, partnership, new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30)).DraftAsync(new DraftReport("r0", Staff, TestReports.Content()));
        await application.AssignReviewerAsync(new AssignReviewer("assign", manager, reviewer.Id));
        await application.GrantAsync(new GrantFundApplication("grant", manager, 30_000m, "Accordé.", new DateOnly(2026, 1, 1), new DateOnly(2027, 6, 30)));

        var duties = await application.GetReportingDutiesAsync(manager);

        var duty = Assert.Single(duties);
        Assert.Equal((new DateOnly(2026, 7, 1), ReportStatus.Submitted, 1), (duty.PeriodStart, duty.Status, duty.SubmittedVersions));
        Assert.Equal(duties, await application.GetReportingDutiesAsync(Staff));
        Assert.Equal(DomainErrorCode.Forbidden, (await Assert.ThrowsAsync<DomainException>(() => application.GetReportingDutiesAsync(reviewer))).Code);
    }

    /// <summary>Every applicant and manager action repeated with its id changes nothing more; an id reused for another action is refused.</summary>
    [Fact]
    public async Task EveryAction_Repeated_AppliedOnce()
    {
        var manager = await TestFunds.NewManagerAsync(Grains);
        var call = await TestFunds.NewCallAsync(Grains, cluster);
        var partnership = await TestPartnerships.NewAsync(Grains);
        var application = await TestFunds.DraftAsync(Grains, call, partnership);
        var draft = new DraftFundApplication("draft", Staff, partnership.GetPrimaryKeyString(), TestFunds.Complete());
        var edit = new EditFundApplication("edit", Staff, null, Title: "Salles multimédia — quatre écoles");
        var submit = new SubmitFundApplication("submit", Staff);
        var giveBack = new ReturnFundApplication("return", manager, "Précisez le calendrier.");

        await application.DraftAsync(draft);
        await application.EditAsync(edit);
        await application.EditAsync(edit);
        await application.SubmitAsync(submit);
        await application.SubmitAsync(submit);
        await application.ReturnAsync(giveBack);
        var last = await application.ReturnAsync(giveBack);
        var reused = await Assert.ThrowsAsync<DomainException>(() => application.SubmitAsync(new SubmitFundApplication("edit", Staff)));

        Assert.Equal(DomainErrorCode.Conflict, reused.Code);
        Assert.Equal((ApplicationStatus.Returned, 1), (last.Status, last.SubmittedVersions));
        Assert.Equal(["FundApplicationDrafted", "FundApplicationEdited", "FundApplicationSubmitted", "FundApplicationReturned", "FundApplicationReturned"],
            (await application.HistoryAsync(manager)).Select(e => e.Action));
    }

    /// <summary>One file per partnership and call: a second draft with another id is a conflict.</summary>
    [Fact]
    public async Task Draft_Twice_SecondIsConflict()
    {
        var call = await TestFunds.NewCallAsync(Grains, cluster);
        var partnership = await TestPartnerships.NewAsync(Grains);
        var application = await TestFunds.DraftAsync(Grains, call, partnership);

        var error = await Assert.ThrowsAsync<DomainException>(() =>
            application.DraftAsync(new DraftFundApplication("again", Staff, partnership.GetPrimaryKeyString(), TestFunds.Complete())));

        Assert.Equal(DomainErrorCode.Conflict, error.Code);
    }

    /// <summary>The South side and outsiders do not write the file; outsiders do not read it either.</summary>
    [Fact]
    public async Task Access_SouthReadsOnly_OutsiderNothing()
    {
        var call = await TestFunds.NewCallAsync(Grains, cluster);
        var partnership = await TestPartnerships.NewAsync(Grains);
        var application = await TestFunds.DraftAsync(Grains, call, partnership);

        var south = await Assert.ThrowsAsync<DomainException>(() => application.EditAsync(new EditFundApplication("e", TestPartnerships.SouthAgent, null, Title: "x")));
        var read = await application.GetAsync(TestPartnerships.SouthAgent);
        var outsider = await Assert.ThrowsAsync<DomainException>(() => application.GetAsync(TestPartnerships.Outsider));

        Assert.Equal(DomainErrorCode.Forbidden, south.Code);
        Assert.Equal(TestFunds.Complete().Title, read.Content.Title);
        Assert.Equal(DomainErrorCode.Forbidden, outsider.Code);
    }
}
