using Cooperation.Grains.Common.Indexes;

namespace Cooperation.Grains.Funding.Calls;

/// <inheritdoc cref="IFundCallDirectoryGrain"/>
public sealed class FundCallDirectoryGrain(
    [PersistentState("fund-call-directory", StorageNames.Cooperation)] IPersistentState<FundCallDirectoryState> state)
    : IndexGrain<FundCallDirectoryState>(state), IFundCallDirectoryGrain
{
    /// <summary>The one directory of the platform.</summary>
    public const string Key = "all";

    // A call's year is fixed at its creation: the first registration's year stands.
    Task IFundCallDirectoryGrain.RegisterAsync(string code, int year) =>
        RegisterAsync(directory => directory.Calls.TryAdd(code, year));

    Task<IReadOnlyList<string>> IFundCallDirectoryGrain.ListAsync() =>
        Task.FromResult<IReadOnlyList<string>>(
            [.. Entries.Calls.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key)]);
}

/// <summary>Persisted state of the call directory.</summary>
[GenerateSerializer]
public sealed class FundCallDirectoryState
{
    /// <summary>Year of each call, by code.</summary>
    [Id(0)] public Dictionary<string, int> Calls { get; set; } = [];
}
