using Cooperation.Grains.Common.Indexes;

namespace Cooperation.Grains.Funding.Reviews;

/// <inheritdoc cref="IReviewerIndexGrain"/>
public sealed class ReviewerIndexGrain(
    [PersistentState("fund-reviewer-index", StorageNames.Cooperation)] IPersistentState<ReviewerIndexState> state,
    IGrainFactory grains) : IndexGrain<ReviewerIndexState>(state), IReviewerIndexGrain
{
    private string ReviewerId => this.GetPrimaryKeyString();

    Task IReviewerIndexGrain.RegisterAsync(string applicationKey) =>
        RegisterAsync(index => index.Applications.AddOnce(applicationKey));

    async Task<IReadOnlyList<string>> IReviewerIndexGrain.ListAsync(Actor actor)
    {
        if (actor.Id != ReviewerId && !(await FundRole.OfAsync(grains, actor)).IsManager)
            throw FundErrors.ForbiddenRead();
        return [.. Entries.Applications];
    }
}

/// <summary>Persisted state of a reviewer's index.</summary>
[GenerateSerializer]
public sealed class ReviewerIndexState
{
    [Id(0)] public List<string> Applications { get; set; } = [];
}
