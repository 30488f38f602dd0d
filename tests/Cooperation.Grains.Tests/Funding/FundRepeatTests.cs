using Cooperation.Grains.Accounts;
using Cooperation.Grains.Accounts.Commands;
using Cooperation.Grains.Funding.Applications;
using Cooperation.Grains.Funding.Applications.Commands;
using Cooperation.Grains.Funding.Calls.Commands;
using Cooperation.Grains.Funding.Reviews.Commands;
using Cooperation.Grains.Tests.Common;
using Cooperation.Grains.Tests.Missions;

namespace Cooperation.Grains.Tests.Funding;

/// <summary>
/// A repeated action id on a call or a file answers only its sender, about the reviewer or criterion it named, with
/// today's rights; the applicant's history carries no one else's account key or action id.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class FundRepeatTests(ClusterFixture cluster)
{
    private IGrainFactory Grains => cluster.Grains;

    /// <summary>A filed file with two reviewers assigned by a manager; the first has scored "pertinence" under "score".</summary>
    private async Task<(Actor Manager, IFundApplicationGrain Application, Actor Reviewer, Actor Other)> ScoredAsync()
    {
        var manager = await TestFunds.NewManagerAsync(Grains);
        var call = await TestFunds.NewCallAsync(Grains, cluster);
        var (_, application) = await TestFunds.SubmittedAsync(Grains, call);
        var reviewer = await TestFunds.NewReviewerAsync(Grains, "Paul Lefèvre");
        var other = await TestFunds.NewReviewerAsync(Grains, "Aïcha Ba");
        await application.AssignReviewerAsync(new AssignReviewer("assign-1", manager, reviewer.Id));
        await application.AssignReviewerAsync(new AssignReviewer("assign-2", manager, other.Id));
        await application.ScoreAsync(Score("score", reviewer, "pertinence"));
        return (manager, application, reviewer, other);
    }

    private static ScoreCriterion Score(string id, Actor reviewer, string criterion) =>
        new(id, reviewer, criterion, 4, "Projet au cœur de la solidarité numérique.", []);

    /// <summary>The reviewer's own score repeated: the file as she reads it, one score.</summary>
    [Fact]
    public async Task Score_SamePersonSameCriterion_FirstResult()
    {
        var (_, application, reviewer, _) = await ScoredAsync();

        var repeat = await application.ScoreAsync(Score("score", reviewer, "pertinence"));

        Assert.Single(Assert.Single(repeat.Reviews).Scores);
    }

    /// <summary>Her score's id sent about another criterion, or by the other reviewer, is a reused id: CONFLICT, no score added.</summary>
    [Fact]
    public async Task Score_OtherCriterionOrOtherReviewer_Conflict()
    {
        var (manager, application, reviewer, other) = await ScoredAsync();

        var otherCriterion = await Assert.ThrowsAsync<DomainException>(() => application.ScoreAsync(Score("score", reviewer, "budget")));
        var otherReviewer = await Assert.ThrowsAsync<DomainException>(() => application.ScoreAsync(Score("score", other, "pertinence")));

        Assert.Equal((DomainErrorCode.Conflict, DomainErrorCode.Conflict), (otherCriterion.Code, otherReviewer.Code));
        var reviews = (await application.GetAsync(manager)).Reviews;
        Assert.Single(reviews.Single(r => r.ReviewerId == reviewer.Id).Scores);
        Assert.Empty(reviews.Single(r => r.ReviewerId == other.Id).Scores);
    }

    /// <summary>An assignment's id sent about another reviewer is refused; a second manager repeating the first one's is refused too.</summary>
    [Fact]
    public async Task Assign_OtherReviewerOrOtherManager_Conflict()
    {
        var (manager, application, _, _) = await ScoredAsync();
        var third = await TestFunds.NewReviewerAsync(Grains, "Troisième instructeur");
        var secondManager = await TestFunds.NewManagerAsync(Grains);

        var otherReviewer = await Assert.ThrowsAsync<DomainException>(() => application.AssignReviewerAsync(new AssignReviewer("assign-1", manager, third.Id)));
        var otherManager = await Assert.ThrowsAsync<DomainException>(() => application.AssignReviewerAsync(new AssignReviewer("assign-2", secondManager, third.Id)));

        Assert.Equal((DomainErrorCode.Conflict, DomainErrorCode.Conflict), (otherReviewer.Code, otherManager.Code));
        Assert.Equal(2, (await application.GetAsync(manager)).Reviews.Count);
    }

    /// <summary>A repeat is checked against today's rights: a manager who lost the role is refused her own return's repeat.</summary>
    [Fact]
    public async Task Return_RepeatAfterLosingTheRole_Forbidden()
    {
        var manager = await TestFunds.NewManagerAsync(Grains);
        var call = await TestFunds.NewCallAsync(Grains, cluster);
        var (_, application) = await TestFunds.SubmittedAsync(Grains, call);
        var command = new ReturnFundApplication("return", manager, "Joignez la lettre d'intention chiffrée.");
        await application.ReturnAsync(command);

        await Grains.GetGrain<IAccountGrain>(manager.Id).SetRolesAsync(new SetAccountRoles("demote", Actor.Seed, []));
        var error = await Assert.ThrowsAsync<DomainException>(() => application.ReturnAsync(command));

        Assert.Equal(DomainErrorCode.Forbidden, error.Code);
    }

    /// <summary>A call's edit repeated by another manager is refused, and the call is as the first one left it.</summary>
    [Fact]
    public async Task EditCall_AnotherManagersId_Conflict()
    {
        var manager = await TestFunds.NewManagerAsync(Grains);
        var secondManager = await TestFunds.NewManagerAsync(Grains);
        var call = await TestFunds.NewCallAsync(Grains, cluster);
        var edited = await call.EditAsync(new EditFundCall("edit", manager, Envelope: 180_000m));

        var error = await Assert.ThrowsAsync<DomainException>(() => call.EditAsync(new EditFundCall("edit", secondManager, Envelope: 180_000m)));

        Assert.Equal(DomainErrorCode.Conflict, error.Code);
        TestMissions.AssertSame(edited, await call.FindAsync());
    }

    /// <summary>
    /// The applicant reads the file's lifecycle: her own lines with her action ids, the fund's lines (a manager's
    /// assignment putting it under review) with a name but neither the manager's account key nor her action id.
    /// </summary>
    [Fact]
    public async Task History_ReadByApplicant_NoOneElsesKeyOrActionId()
    {
        var (manager, application, _, _) = await ScoredAsync();

        var history = await application.HistoryAsync(TestPartnerships.Staff);

        var underReview = Assert.Single(history, e => e.Action == "FundApplicationUnderReview");
        Assert.Equal(("", "", manager.DisplayName), (underReview.ClientMutationId, underReview.Actor.Id, underReview.Actor.DisplayName));
        Assert.Equal(("submit", TestPartnerships.Staff), (history.Single(e => e.Action == "FundApplicationSubmitted").ClientMutationId,
            history.Single(e => e.Action == "FundApplicationSubmitted").Actor));
        Assert.DoesNotContain(history, e => e.Action is "ReviewerAssigned" or "CriterionScored");
        Assert.Contains(await application.HistoryAsync(manager), e => e.ClientMutationId == "assign-1" && e.Actor.Id == manager.Id);
    }
}
