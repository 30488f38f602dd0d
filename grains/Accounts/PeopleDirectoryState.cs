namespace Cooperation.Grains.Accounts;

/// <summary>Persisted state of the directory of people.</summary>
[GenerateSerializer]
public sealed class PeopleDirectoryState
{
    /// <summary>Account keys (e-mail addresses), in the order the accounts were listed.</summary>
    [Id(0)] public List<string> AccountIds { get; set; } = [];
}
