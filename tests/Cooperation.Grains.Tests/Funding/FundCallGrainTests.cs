using Cooperation.Grains.Funding.Calls;
using Cooperation.Grains.Funding.Calls.Commands;
using Cooperation.Grains.Funding.Reviews.Commands;
using Cooperation.Grains.Tests.Common;

namespace Cooperation.Grains.Tests.Funding;

[Collection(ClusterCollection.Name)]
public sealed class FundCallGrainTests(ClusterFixture cluster)
{
    private IGrainFactory Grains => cluster.Grains;

    /// <summary>A manager opens a call: it is readable, listed, and a repeat of the action changes nothing.</summary>
    [Fact]
    public async Task Create_ByManager_ReadableListedAndRepeatHarmless()
    {
        var manager = await TestFunds.NewManagerAsync(Grains);
        var call = Grains.GetGrain<IFundCallGrain>(ClusterFixture.NewSlug("fsn"));
        var command = new CreateFundCall("open", manager, 2026, "Appel 2026", 200_000m, cluster.Time.GetUtcNow().AddDays(30), false,
            TestFunds.Rubric, TestFunds.Pieces);

        var created = await call.CreateAsync(command);
        var repeated = await call.CreateAsync(command);

        Assert.Equal((2026, 200_000m, 3, 3), (created.Year, created.Envelope, created.Criteria.Count, created.RequiredPieces.Count));
        Assert.Equal(created, repeated);
        Assert.Contains(call.GetPrimaryKeyString(), await Grains.GetGrain<IFundCallDirectoryGrain>(FundCallDirectoryGrain.Key).ListAsync());
        Assert.Single(await call.HistoryAsync(manager));
    }

    /// <summary>Only fund managers open calls; a reviewer or a partnership's staff is refused and nothing is created.</summary>
    [Fact]
    public async Task Create_ByNonManager_ForbiddenAndNothingCreated()
    {
        var reviewer = await TestFunds.NewReviewerAsync(Grains);
        var call = Grains.GetGrain<IFundCallGrain>(ClusterFixture.NewSlug("fsn"));

        foreach (var actor in new[] { reviewer, TestPartnerships.Staff })
        {
            var error = await Assert.ThrowsAsync<DomainException>(() => call.CreateAsync(new CreateFundCall(
                "open", actor, 2026, "Appel 2026", 200_000m, cluster.Time.GetUtcNow().AddDays(30), false, TestFunds.Rubric, TestFunds.Pieces)));
            Assert.Equal(DomainErrorCode.Forbidden, error.Code);
        }
        Assert.Null(await call.FindAsync());
    }

    /// <summary>A rubric with a bad scale, a duplicate key or a deadline already passed is refused with its reason.</summary>
    [Fact]
    public async Task Create_InvalidRubricOrPastDeadline_RefusedClearly()
    {
        var manager = await TestFunds.NewManagerAsync(Grains);
        var call = Grains.GetGrain<IFundCallGrain>(ClusterFixture.NewSlug("fsn"));
        var later = cluster.Time.GetUtcNow().AddDays(30);

        var scale = await Assert.ThrowsAsync<DomainException>(() => call.CreateAsync(new CreateFundCall("a", manager, 2026, "Appel", 1000m, later, false,
            [new RubricCriterion("pertinence", "Pertinence", "Relevance", 1, 5, 5)], [])));
        var twice = await Assert.ThrowsAsync<DomainException>(() => call.CreateAsync(new CreateFundCall("b", manager, 2026, "Appel", 1000m, later, false,
            [TestFunds.Rubric[0], TestFunds.Rubric[0]], [])));
        var past = await Assert.ThrowsAsync<DomainException>(() => call.CreateAsync(new CreateFundCall("c", manager, 2026, "Appel", 1000m,
            cluster.Time.GetUtcNow().AddDays(-1), false, TestFunds.Rubric, [])));

        Assert.Equal((DomainErrorCode.Validation, DomainErrorCode.Validation, DomainErrorCode.Validation), (scale.Code, twice.Code, past.Code));
        Assert.Contains("échelle", scale.MessageFr);
        Assert.Contains("deux fois", twice.MessageFr);
        Assert.Contains("déjà passée", past.MessageFr);
        Assert.Null(await call.FindAsync());
    }

    /// <summary>The rubric changes freely until the first reviewer is assigned, then it is locked; the envelope still changes.</summary>
    [Fact]
    public async Task EditRubric_AfterFirstAssignment_Refused()
    {
        var manager = await TestFunds.NewManagerAsync(Grains);
        var call = await TestFunds.NewCallAsync(Grains, cluster);
        var reviewer = await TestFunds.NewReviewerAsync(Grains);
        var edited = await call.EditAsync(new EditFundCall("weights", manager, Criteria: [TestFunds.Rubric[0] with { Weight = 5 }, TestFunds.Rubric[1]]));
        var (_, application) = await TestFunds.SubmittedAsync(Grains, call);
        await application.AssignReviewerAsync(new AssignReviewer("assign", manager, reviewer.Id));

        var error = await Assert.ThrowsAsync<DomainException>(() => call.EditAsync(new EditFundCall("late", manager, Criteria: TestFunds.Rubric)));
        var envelope = await call.EditAsync(new EditFundCall("envelope", manager, Envelope: 180_000m));

        Assert.Equal(2, edited.Criteria.Count);
        Assert.Equal(DomainErrorCode.Conflict, error.Code);
        Assert.Equal((2, 180_000m, true), (envelope.Criteria.Count, envelope.Envelope, envelope.RubricLocked));
    }

    /// <summary>After the deadline no new file is opened.</summary>
    [Fact]
    public async Task OpenApplication_AfterDeadline_Refused()
    {
        var manager = await TestFunds.NewManagerAsync(Grains);
        var call = await TestFunds.NewCallAsync(Grains, cluster);
        await call.EditAsync(new EditFundCall("soon", manager, Deadline: cluster.Time.GetUtcNow().AddMinutes(1)));
        cluster.Time.Advance(TimeSpan.FromMinutes(2));
        var partnership = await TestPartnerships.NewAsync(Grains);

        var error = await Assert.ThrowsAsync<DomainException>(() => call.OpenApplicationAsync(TestPartnerships.Staff, partnership.GetPrimaryKeyString()));

        Assert.Equal(DomainErrorCode.Validation, error.Code);
        Assert.Contains("clos", error.MessageFr);
        Assert.Empty(await call.ListApplicationsAsync());
    }
}
