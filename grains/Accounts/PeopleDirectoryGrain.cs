using Cooperation.Grains.Common.Indexes;

namespace Cooperation.Grains.Accounts;

/// <inheritdoc cref="IPeopleDirectoryGrain"/>
public sealed class PeopleDirectoryGrain(
    [PersistentState("people", StorageNames.Cooperation)] IPersistentState<PeopleDirectoryState> state)
    : IndexGrain<PeopleDirectoryState>(state), IPeopleDirectoryGrain
{
    /// <summary>The one directory of people of the platform.</summary>
    public const string Key = "all";

    Task IPeopleDirectoryGrain.RegisterAsync(string accountId) =>
        RegisterAsync(directory => directory.AccountIds.AddOnce(accountId));

    Task<IReadOnlyList<string>> IPeopleDirectoryGrain.ListAsync() =>
        Task.FromResult<IReadOnlyList<string>>([.. Entries.AccountIds]);

    Task<PeoplePage> IPeopleDirectoryGrain.PageAsync(HistoryPageRequest request)
    {
        var all = Entries.AccountIds;
        var (newestFirst, start, end) = request.Slice(all);
        return Task.FromResult(new PeoplePage(newestFirst, end - 1, start > 0, all.Count));
    }
}
