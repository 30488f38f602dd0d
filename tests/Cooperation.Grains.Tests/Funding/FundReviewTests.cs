using Cooperation.Grains.Accounts;
using Cooperation.Grains.Annotations;
using Cooperation.Grains.Funding.Applications;
using Cooperation.Grains.Funding.Applications.Commands;
using Cooperation.Grains.Funding.Reviews;
using Cooperation.Grains.Funding.Reviews.Commands;
using Cooperation.Grains.Tests.Common;

namespace Cooperation.Grains.Tests.Funding;

[Collection(ClusterCollection.Name)]
public sealed class FundReviewTests(ClusterFixture cluster)
{
    private IGrainFactory Grains => cluster.Grains;

    /// <summary>A reviewer who belongs to the applicant partnership is not assigned: CONFLICT naming the tie, nothing changes.</summary>
    [Fact]
    public async Task Assign_MemberOfApplicant_BlockedAsConflict()
    {
        var manager = await TestFunds.NewManagerAsync(Grains);
        var call = await TestFunds.NewCallAsync(Grains, cluster);
        var (partnership, application) = await TestFunds.SubmittedAsync(Grains, call);
        var reviewer = await TestFunds.NewReviewerAsync(Grains, "Experte du LISST", new Membership(partnership.GetPrimaryKeyString(), MemberRole.ThirdPartner));

        var error = await Assert.ThrowsAsync<DomainException>(() => application.AssignReviewerAsync(new AssignReviewer("assign", manager, reviewer.Id)));

        Assert.Equal(DomainErrorCode.Conflict, error.Code);
        Assert.Contains("membre du partenariat candidat", error.MessageFr);
        Assert.Contains("troisième partenaire", error.MessageFr);
        var after = await application.GetAsync(manager);
        Assert.Equal((ApplicationStatus.Submitted, 0), (after.Status, after.Reviews.Count));
    }

    /// <summary>A reviewer in another partnership that shares an authority with the applicant is flagged too.</summary>
    [Fact]
    public async Task Conflicts_MemberOfPartnershipSharingAnAuthority_Detected()
    {
        var manager = await TestFunds.NewManagerAsync(Grains);
        var call = await TestFunds.NewCallAsync(Grains, cluster);
        var (_, application) = await TestFunds.SubmittedAsync(Grains, call);
        // Another partnership of the same Ville de Besançon (TestPartnerships.Establish's North party).
        var sibling = await TestPartnerships.NewAsync(Grains);
        var reviewer = await TestFunds.NewReviewerAsync(Grains, "Ancien agent de Besançon", new Membership(sibling.GetPrimaryKeyString(), MemberRole.NorthStaff));
        var unrelated = await TestFunds.NewReviewerAsync(Grains);

        var conflicts = await application.CheckConflictsAsync(manager, reviewer.Id);

        // Both test partnerships join the same two authorities: one tie for each.
        Assert.All(conflicts, c => Assert.Equal(sibling.GetPrimaryKeyString(), c.PartnershipSlug));
        Assert.Equal(["qui associe aussi « Ville de Besançon »", "qui associe aussi « État du Sénégal (écoles) »"],
            conflicts.Select(c => c.ReasonFr[c.ReasonFr.IndexOf("qui", StringComparison.Ordinal)..]));
        Assert.Empty(await application.CheckConflictsAsync(manager, unrelated.Id));
    }

    /// <summary>A manager may override a detected conflict with a reason, which is kept and shown with the assignment.</summary>
    [Fact]
    public async Task Assign_ConflictOverriddenWithReason_AssignedAndReasonKept()
    {
        var manager = await TestFunds.NewManagerAsync(Grains);
        var call = await TestFunds.NewCallAsync(Grains, cluster);
        var (partnership, application) = await TestFunds.SubmittedAsync(Grains, call);
        var reviewer = await TestFunds.NewReviewerAsync(Grains, "Experte du LISST", new Membership(partnership.GetPrimaryKeyString(), MemberRole.ThirdPartner));
        var unrelated = await TestFunds.NewReviewerAsync(Grains);

        var assigned = await application.AssignReviewerAsync(new AssignReviewer("assign", manager, reviewer.Id, "Seule spécialiste des SIG disponible ; rôle de conseil sans intérêt financier."));
        var needless = await Assert.ThrowsAsync<DomainException>(() =>
            application.AssignReviewerAsync(new AssignReviewer("assign-2", manager, unrelated.Id, "Par précaution")));

        var assignment = Assert.Single(assigned.Reviews);
        Assert.Single(assignment.DetectedConflicts);
        Assert.Equal("Seule spécialiste des SIG disponible ; rôle de conseil sans intérêt financier.", assignment.OverrideReason);
        Assert.Contains("ConflictOverridden", (await application.HistoryAsync(manager)).Select(e => e.Action));
        Assert.Equal(DomainErrorCode.Validation, needless.Code);
    }

    /// <summary>A reviewer sees only the files they were assigned to: another file is forbidden, and their list holds only theirs.</summary>
    [Fact]
    public async Task Reviewer_SeesOnlyAssigned()
    {
        var manager = await TestFunds.NewManagerAsync(Grains);
        var reviewer = await TestFunds.NewReviewerAsync(Grains);
        var call = await TestFunds.NewCallAsync(Grains, cluster);
        var (_, mine) = await TestFunds.SubmittedAsync(Grains, call);
        var (_, other) = await TestFunds.SubmittedAsync(Grains, call);
        await mine.AssignReviewerAsync(new AssignReviewer("assign", manager, reviewer.Id));

        var read = await mine.GetAsync(reviewer);
        var refused = await Assert.ThrowsAsync<DomainException>(() => other.GetAsync(reviewer));
        var list = await Grains.GetGrain<IReviewerIndexGrain>(reviewer.Id).ListAsync(reviewer);

        Assert.True(read.Viewer.IsReviewer);
        Assert.Equal(DomainErrorCode.Forbidden, refused.Code);
        Assert.Equal([mine.GetPrimaryKeyString()], list);
        Assert.Null(await other.FindAsync(reviewer));
    }

    /// <summary>On a blind call the reviewer's view is marked blind; the manager's and the applicant's are not.</summary>
    [Fact]
    public async Task BlindCall_ReviewerViewBlind_OthersNot()
    {
        var manager = await TestFunds.NewManagerAsync(Grains);
        var reviewer = await TestFunds.NewReviewerAsync(Grains);
        var call = await TestFunds.NewCallAsync(Grains, cluster, blind: true);
        var (_, application) = await TestFunds.SubmittedAsync(Grains, call);
        await application.AssignReviewerAsync(new AssignReviewer("assign", manager, reviewer.Id));

        Assert.True((await application.GetAsync(reviewer)).Viewer.Blind);
        Assert.False((await application.GetAsync(manager)).Viewer.Blind);
        Assert.False((await application.GetAsync(TestPartnerships.Staff)).Viewer.Blind);
        Assert.Equal(DomainErrorCode.Forbidden, (await Assert.ThrowsAsync<DomainException>(() => application.HistoryAsync(reviewer))).Code);
    }

    /// <summary>A score outside the criterion's scale, an unknown criterion or a citation not in the text is refused; nothing is recorded.</summary>
    [Fact]
    public async Task Score_OutOfScaleOrBadCitation_RefusedAndNothingRecorded()
    {
        var (application, reviewer, _) = await AssignedAsync();

        var high = await Assert.ThrowsAsync<DomainException>(() => application.ScoreAsync(new ScoreCriterion("s1", reviewer, "pertinence", 6, "Excellent.", [])));
        var low = await Assert.ThrowsAsync<DomainException>(() => application.ScoreAsync(new ScoreCriterion("s2", reviewer, "budget", -1, "Faible.", [])));
        var unknown = await Assert.ThrowsAsync<DomainException>(() => application.ScoreAsync(new ScoreCriterion("s3", reviewer, "innovation", 3, "Moyen.", [])));
        var citation = await Assert.ThrowsAsync<DomainException>(() => application.ScoreAsync(new ScoreCriterion("s4", reviewer, "pertinence", 4, "Bien.",
            [new TextSelector("description", "ordinateurs neufs", "", "", 10, 27)])));
        var section = await Assert.ThrowsAsync<DomainException>(() => application.ScoreAsync(new ScoreCriterion("s5", reviewer, "pertinence", 4, "Bien.",
            [new TextSelector("budget", "Équiper", "", "", 0, 7)])));

        Assert.All([high, low, unknown, citation, section], e => Assert.Equal(DomainErrorCode.Validation, e.Code));
        Assert.Contains("l'échelle 0–5", high.MessageFr);
        Assert.Contains("l'échelle 0–10", low.MessageFr);
        Assert.Contains("Critère inconnu", unknown.MessageFr);
        Assert.Contains("Citation n° 1", citation.MessageFr);
        Assert.Contains("Section inconnue", section.MessageFr);
        Assert.Empty(Assert.Single((await application.GetAsync(reviewer)).Reviews).Scores);
    }

    /// <summary>A citation on the filed version is kept complete (prefix and suffix from the text) with that version's number.</summary>
    [Fact]
    public async Task Score_WithCitation_AnchoredOnFiledVersion()
    {
        var (application, reviewer, _) = await AssignedAsync();
        var exact = "ordinateurs reconditionnés à Besançon";
        var start = TestFunds.Description.IndexOf(exact, StringComparison.Ordinal);

        var scored = await application.ScoreAsync(new ScoreCriterion("s1", reviewer, "pertinence", 5, "Réemploi du matériel, au cœur de l'appel.",
            [new TextSelector("description", exact, "", "", start, start + exact.Length)]));

        var score = Assert.Single(Assert.Single(scored.Reviews).Scores);
        var cited = Assert.Single(score.Citations);
        Assert.Equal((1, exact), (score.Version, cited.Exact));
        Assert.Equal(TestFunds.Description[(start - TextAnchoring.ContextLength)..start], cited.Prefix);
        Assert.StartsWith(", et former", cited.Suffix);
    }

    /// <summary>A review is submitted only when every criterion is scored, and its scores are frozen afterwards.</summary>
    [Fact]
    public async Task SubmitReview_IncompleteRefused_ThenFrozen()
    {
        var (application, reviewer, _) = await AssignedAsync();
        await application.ScoreAsync(new ScoreCriterion("s1", reviewer, "pertinence", 4, "Bien.", []));

        var incomplete = await Assert.ThrowsAsync<DomainException>(() => application.SubmitReviewAsync(new SubmitReview("review-submit", reviewer, null)));
        await TestFunds.ReviewAsync(application, reviewer, 4, 3, 7);
        var frozen = await Assert.ThrowsAsync<DomainException>(() => application.ScoreAsync(new ScoreCriterion("s9", reviewer, "pertinence", 1, "Revu.", [])));

        Assert.Equal((DomainErrorCode.Validation, DomainErrorCode.Validation), (incomplete.Code, frozen.Code));
        Assert.Contains("partenariat, budget", incomplete.MessageFr);
        Assert.Contains("déjà transmise", frozen.MessageFr);
    }

    /// <summary>
    /// A reviewer declares an interest, then recuses: a score they send afterwards is refused and changes nothing, and
    /// their review does not count.
    /// </summary>
    [Fact]
    public async Task Recuse_AfterDeclaration_NoMoreScoringAndNotCounted()
    {
        var (application, reviewer, manager) = await AssignedAsync();
        var second = await TestFunds.NewReviewerAsync(Grains, "Second instructeur");
        await application.AssignReviewerAsync(new AssignReviewer("assign-2", manager, second.Id));
        await TestFunds.ReviewAsync(application, second, 5, 5, 10);
        await application.ScoreAsync(new ScoreCriterion("before", reviewer, "pertinence", 0, "Projet hors sujet.", []));

        await application.DeclareConflictAsync(new DeclareConflictOfInterest("declare", reviewer, "J'ai travaillé avec le porteur du projet en 2024."));
        await application.RecuseAsync(new RecuseFromReview("recuse", reviewer, "Lien professionnel récent avec le porteur."));
        var refused = await Assert.ThrowsAsync<DomainException>(() => application.ScoreAsync(new ScoreCriterion("after", reviewer, "pertinence", 5, "Finalement très bien.", [])));
        var view = await application.GetAsync(manager);

        Assert.Equal(DomainErrorCode.Validation, refused.Code);
        Assert.Contains("déporté", refused.MessageFr);
        var recused = view.Reviews.Single(r => r.ReviewerId == reviewer.Id);
        Assert.Equal(0, Assert.Single(recused.Scores).Score);
        Assert.Equal(("J'ai travaillé avec le porteur du projet en 2024.", "Lien professionnel récent avec le porteur."), (recused.DeclaredConflict, recused.RecusalReason));
        Assert.Equal(100m, view.Score);
    }

    /// <summary>Scores aggregate by weight onto 100, reviews are averaged, and the call ranks the best first.</summary>
    [Fact]
    public async Task Ranking_WeightedMeanNormalised_BestFirst()
    {
        var manager = await TestFunds.NewManagerAsync(Grains);
        var first = await TestFunds.NewReviewerAsync(Grains, "Première instructrice");
        var second = await TestFunds.NewReviewerAsync(Grains, "Second instructeur");
        var call = await TestFunds.NewCallAsync(Grains, cluster);
        var (_, weaker) = await TestFunds.SubmittedAsync(Grains, call);
        var (_, stronger) = await TestFunds.SubmittedAsync(Grains, call);
        var (_, unreviewed) = await TestFunds.SubmittedAsync(Grains, call);
        foreach (var (application, reviewer, id) in new[] { (weaker, first, "a1"), (stronger, first, "a2"), (stronger, second, "a3") })
            await application.AssignReviewerAsync(new AssignReviewer(id, manager, reviewer.Id));

        // Weights 3, 2, 1; scales 0–5, 0–5, 0–10.
        await TestFunds.ReviewAsync(weaker, first, 3, 2, 5);     // (3×0.6 + 2×0.4 + 1×0.5) / 6 = 51.67
        await TestFunds.ReviewAsync(stronger, first, 5, 4, 10);  // (3 + 1.6 + 1) / 6 = 93.33
        await TestFunds.ReviewAsync(stronger, second, 4, 4, 6);  // (2.4 + 1.6 + 0.6) / 6 = 76.67

        var ranking = await call.GetRankingAsync(manager);

        Assert.Equal(
            [(1, stronger.GetPrimaryKeyString(), (decimal?)85m, 2), (2, weaker.GetPrimaryKeyString(), 51.67m, 1), (0, unreviewed.GetPrimaryKeyString(), null, 0)],
            ranking.Select(e => (e.Rank, e.ApplicationKey, e.Score, e.CountedReviews)));
        Assert.Equal(DomainErrorCode.Forbidden, (await Assert.ThrowsAsync<DomainException>(() => call.GetRankingAsync(first))).Code);
    }

    /// <summary>Every reviewer and assignment action repeated with its id is applied once.</summary>
    [Fact]
    public async Task EveryReviewAction_Repeated_AppliedOnce()
    {
        var manager = await TestFunds.NewManagerAsync(Grains);
        var reviewer = await TestFunds.NewReviewerAsync(Grains);
        var call = await TestFunds.NewCallAsync(Grains, cluster);
        var (_, application) = await TestFunds.SubmittedAsync(Grains, call);
        var assign = new AssignReviewer("assign", manager, reviewer.Id);
        var declare = new DeclareConflictOfInterest("declare", reviewer, "Aucun lien, mais je connais la ville.");
        var score = new ScoreCriterion("score", reviewer, "pertinence", 4, "Bien.", []);
        var grant = new GrantFundApplication("grant", manager, 10_000m, "Accordé.");

        await application.AssignReviewerAsync(assign);
        await application.AssignReviewerAsync(assign);
        await application.DeclareConflictAsync(declare);
        await application.DeclareConflictAsync(declare);
        await application.ScoreAsync(score);
        await application.ScoreAsync(score);
        await TestFunds.ReviewAsync(application, reviewer, 4, 4, 4);
        await TestFunds.ReviewAsync(application, reviewer, 4, 4, 4);
        await application.GrantAsync(grant);
        var last = await application.GrantAsync(grant);

        Assert.Equal(ApplicationStatus.Granted, last.Status);
        var actions = (await application.HistoryAsync(manager)).Select(e => e.Action).ToList();
        Assert.Equal(1, actions.Count(a => a == "ReviewerAssigned"));
        Assert.Equal(1, actions.Count(a => a == "ConflictDeclared"));
        Assert.Equal(4, actions.Count(a => a == "CriterionScored"));
        Assert.Equal(1, actions.Count(a => a == "ReviewSubmitted"));
    }

    /// <summary>A recusal, a decline and a call edit repeated with their ids are applied once.</summary>
    [Fact]
    public async Task RecuseDeclineEditCall_Repeated_AppliedOnce()
    {
        var (application, reviewer, manager) = await AssignedAsync();
        var call = Grains.GetGrain<Cooperation.Grains.Funding.Calls.IFundCallGrain>(FundApplicationRules.ParseKey(application.GetPrimaryKeyString()).CallCode);
        var recuse = new RecuseFromReview("recuse", reviewer, "Lien familial avec un élu.");
        var decline = new DeclineFundApplication("decline", manager, "Hors du champ de l'appel.");
        var edit = new Cooperation.Grains.Funding.Calls.Commands.EditFundCall("edit", manager, Title: "Appel 2026 (modifié)");

        await application.RecuseAsync(recuse);
        await application.RecuseAsync(recuse);
        await application.DeclineAsync(decline);
        await application.DeclineAsync(decline);
        var first = await call.EditAsync(edit);
        var again = await call.EditAsync(edit);

        var actions = (await application.HistoryAsync(manager)).Select(e => e.Action).ToList();
        Assert.Equal(1, actions.Count(a => a == "ReviewerRecused"));
        Assert.Equal(2, actions.Count(a => a == "FundApplicationDeclined")); // status and reasons of one decision
        Assert.Equal(first, again);
        Assert.Equal(2, (await call.HistoryAsync(manager)).Count);
    }

    /// <summary>A submitted file with one unconflicted reviewer assigned.</summary>
    private async Task<(IFundApplicationGrain Application, Actor Reviewer, Actor Manager)> AssignedAsync()
    {
        var manager = await TestFunds.NewManagerAsync(Grains);
        var reviewer = await TestFunds.NewReviewerAsync(Grains);
        var call = await TestFunds.NewCallAsync(Grains, cluster);
        var (_, application) = await TestFunds.SubmittedAsync(Grains, call);
        await application.AssignReviewerAsync(new AssignReviewer("assign", manager, reviewer.Id));
        return (application, reviewer, manager);
    }
}
