namespace Cooperation.Grains.Partnerships;

/// <inheritdoc cref="IPartnershipDirectoryGrain"/>
public sealed class PartnershipDirectoryGrain(
    [PersistentState("directory", StorageNames.Cooperation)] IPersistentState<PartnershipDirectoryState> state)
    : Grain, IPartnershipDirectoryGrain
{
    /// <summary>The one directory of the platform.</summary>
    public const string Key = "all";

    async Task IPartnershipDirectoryGrain.RegisterAsync(string slug)
    {
        if (state.State.Slugs.Contains(slug))
            return;
        state.State.Slugs.Add(slug);
        await state.WriteOrDeactivateAsync(this);
    }

    Task<IReadOnlyList<string>> IPartnershipDirectoryGrain.ListAsync() =>
        Task.FromResult<IReadOnlyList<string>>([.. state.State.Slugs]);
}
