namespace Cooperation.Grains.Accounts;

/// <summary>
/// L'annuaire des personnes: the key of every account, so that an administrator can list people without a scan.
/// Key: <see cref="PeopleDirectoryGrain.Key"/>.
/// </summary>
public interface IPeopleDirectoryGrain : IGrainWithStringKey
{
    /// <summary>Adds an account's key; adding it again changes nothing and writes nothing.</summary>
    Task RegisterAsync(string accountId);

    /// <summary>Every account's key, in the order they were listed.</summary>
    Task<IReadOnlyList<string>> ListAsync();

    /// <summary>
    /// A page of the accounts' keys, the latest listed first: the person an administrator just invited is on the first
    /// page. A cursor is a position, which keeps its place while people are added.
    /// </summary>
    Task<PeoplePage> PageAsync(HistoryPageRequest request);
}
