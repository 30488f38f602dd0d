using Cooperation.Grains.Common.Indexes;

namespace Cooperation.Grains.Missions;

/// <inheritdoc cref="IMissionIndexGrain"/>
public sealed class MissionIndexGrain(
    [PersistentState("mission-index", StorageNames.Cooperation)] IPersistentState<MissionIndexState> state,
    IGrainFactory grains) : PartnershipIndexGrain<MissionIndexState>(state, grains), IMissionIndexGrain
{
    protected override string SlugOf(string key) => MissionRules.ParseKey(key).Slug;

    protected override DomainException InvalidKey(string key) => MissionErrors.InvalidKey(key);

    protected override DomainException Forbidden() => MissionErrors.Forbidden();

    Task IMissionIndexGrain.RegisterAsync(string missionKey) =>
        RegisterAsync(missionKey, index => index.Keys.AddOnce(missionKey));

    async Task<IReadOnlyList<string>> IMissionIndexGrain.ListAsync(Actor actor)
    {
        await RequireReadAsync(actor);
        return [.. Entries.Keys];
    }
}
