using Cooperation.Grains.Common.Indexes;

namespace Cooperation.Grains.Partnerships;

/// <inheritdoc cref="IPartnershipDirectoryGrain"/>
public sealed class PartnershipDirectoryGrain(
    [PersistentState("directory", StorageNames.Cooperation)] IPersistentState<PartnershipDirectoryState> state)
    : IndexGrain<PartnershipDirectoryState>(state), IPartnershipDirectoryGrain
{
    /// <summary>The one directory of the platform.</summary>
    public const string Key = "all";

    Task IPartnershipDirectoryGrain.RegisterAsync(string slug) =>
        RegisterAsync(directory => directory.Slugs.AddOnce(slug));

    Task<IReadOnlyList<string>> IPartnershipDirectoryGrain.ListAsync() =>
        Task.FromResult<IReadOnlyList<string>>([.. Entries.Slugs]);
}
