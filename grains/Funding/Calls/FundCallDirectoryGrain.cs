namespace Cooperation.Grains.Funding.Calls;

/// <inheritdoc cref="IFundCallDirectoryGrain"/>
public sealed class FundCallDirectoryGrain(
    [PersistentState("fund-call-directory", StorageNames.Cooperation)] IPersistentState<FundCallDirectoryState> state) : Grain, IFundCallDirectoryGrain
{
    /// <summary>The one directory of the platform.</summary>
    public const string Key = "all";

    async Task IFundCallDirectoryGrain.RegisterAsync(string code, int year)
    {
        if (state.State.Calls.ContainsKey(code))
            return;
        state.State.Calls[code] = year;
        await state.WriteOrDeactivateAsync(this);
    }

    Task<IReadOnlyList<string>> IFundCallDirectoryGrain.ListAsync() =>
        Task.FromResult<IReadOnlyList<string>>(
            [.. state.State.Calls.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key)]);
}

/// <summary>Persisted state of the call directory.</summary>
[GenerateSerializer]
public sealed class FundCallDirectoryState
{
    /// <summary>Year of each call, by code.</summary>
    [Id(0)] public Dictionary<string, int> Calls { get; set; } = [];
}
