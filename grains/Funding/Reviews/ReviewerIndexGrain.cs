namespace Cooperation.Grains.Funding.Reviews;

/// <inheritdoc cref="IReviewerIndexGrain"/>
public sealed class ReviewerIndexGrain(
    [PersistentState("fund-reviewer-index", StorageNames.Cooperation)] IPersistentState<ReviewerIndexState> state,
    IGrainFactory grains) : Grain, IReviewerIndexGrain
{
    private string ReviewerId => this.GetPrimaryKeyString();

    async Task IReviewerIndexGrain.RegisterAsync(string applicationKey)
    {
        if (state.State.Applications.Contains(applicationKey))
            return;
        state.State.Applications.Add(applicationKey);
        await state.WriteOrDeactivateAsync(this);
    }

    async Task<IReadOnlyList<string>> IReviewerIndexGrain.ListAsync(Actor actor)
    {
        if (actor.Id != ReviewerId && !(await FundRole.OfAsync(grains, actor)).IsManager)
            throw FundErrors.ForbiddenRead();
        return [.. state.State.Applications];
    }
}

/// <summary>Persisted state of a reviewer's index.</summary>
[GenerateSerializer]
public sealed class ReviewerIndexState
{
    [Id(0)] public List<string> Applications { get; set; } = [];
}
