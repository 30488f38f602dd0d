using Cooperation.Grains.Funding.Applications;
using Cooperation.Grains.Funding.Reviews.Commands;

namespace Cooperation.Grains.Tests.Funding;

/// <summary>
/// A file's history reads a page at a time, newest first: managers page through every line, the applicant through the
/// file's lifecycle alone, and a cursor keeps its place when lines are added, whoever added them.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class FundHistoryPageTests(ClusterFixture cluster)
{
    private IGrainFactory Grains => cluster.Grains;

    /// <summary>A filed file with a reviewer assigned by a manager: the file's lifecycle is drafted, submitted, under review.</summary>
    private async Task<(Actor Manager, IFundApplicationGrain Application, Actor Reviewer)> UnderReviewAsync()
    {
        var manager = await TestFunds.NewManagerAsync(Grains);
        var (_, application) = await TestFunds.SubmittedAsync(Grains, await TestFunds.NewCallAsync(Grains, cluster));
        var reviewer = await TestFunds.NewReviewerAsync(Grains);
        await application.AssignReviewerAsync(new AssignReviewer("assign-1", manager, reviewer.Id));
        return (manager, application, reviewer);
    }

    private static IEnumerable<string> Actions(HistoryPage page) => page.Entries.Select(e => e.Action);

    [Fact]
    public async Task Applicant_PagesNewestFirst_OnlyTheLifecycle()
    {
        var (manager, application, _) = await UnderReviewAsync();

        var first = await application.GetHistoryPageAsync(TestPartnerships.Staff, new(2));
        var next = await application.GetHistoryPageAsync(TestPartnerships.Staff, new(2, first.PositionOf(1)));
        var byManager = await application.GetHistoryPageAsync(manager, new(2));

        Assert.Equal(["FundApplicationUnderReview", "FundApplicationSubmitted"], Actions(first));
        Assert.True(first.HasMore);
        Assert.Equal(["FundApplicationDrafted"], Actions(next));
        Assert.False(next.HasMore);
        Assert.Equal((3, 4), (first.TotalCount, byManager.TotalCount));
        Assert.Equal(["FundApplicationUnderReview", "ReviewerAssigned"], Actions(byManager));
    }

    /// <summary>A manager's new line, which the applicant does not read, moves neither the applicant's cursor nor her count.</summary>
    [Fact]
    public async Task Cursor_AfterNewLines_SamePage()
    {
        var (manager, application, _) = await UnderReviewAsync();
        var applicantFirst = await application.GetHistoryPageAsync(TestPartnerships.Staff, new(1));
        var managerFirst = await application.GetHistoryPageAsync(manager, new(1));

        await application.AssignReviewerAsync(new AssignReviewer("assign-2", manager, (await TestFunds.NewReviewerAsync(Grains, "Aïcha Ba")).Id));

        var applicantNext = await application.GetHistoryPageAsync(TestPartnerships.Staff, new(5, applicantFirst.PositionOf(0)));
        var managerNext = await application.GetHistoryPageAsync(manager, new(5, managerFirst.PositionOf(0)));
        Assert.Equal(["FundApplicationSubmitted", "FundApplicationDrafted"], Actions(applicantNext));
        Assert.Equal(3, applicantNext.TotalCount);
        Assert.Equal(["ReviewerAssigned", "FundApplicationSubmitted", "FundApplicationDrafted"], Actions(managerNext));
        Assert.Equal("ReviewerAssigned", Assert.Single((await application.GetHistoryPageAsync(manager, new(1))).Entries).Action);
    }

    /// <summary>A reviewer reads no history, whatever page she asks for; a page past the history's end is refused.</summary>
    [Fact]
    public async Task ReviewerOrForeignCursor_Refused()
    {
        var (_, application, reviewer) = await UnderReviewAsync();

        var forbidden = await Assert.ThrowsAsync<DomainException>(() => application.GetHistoryPageAsync(reviewer, new(1)));
        var foreign = await Assert.ThrowsAsync<DomainException>(() => application.GetHistoryPageAsync(TestPartnerships.Staff, new(1, 4)));

        Assert.Equal((DomainErrorCode.Forbidden, DomainErrorCode.Validation), (forbidden.Code, foreign.Code));
    }
}
