using Cooperation.Grains.Common.Indexes;

namespace Cooperation.Grains.Missions;

/// <inheritdoc cref="IMissionIndexGrain"/>
public sealed class MissionIndexGrain(
    [PersistentState("mission-index", StorageNames.Cooperation)] IPersistentState<MissionIndexState> state,
    IGrainFactory grains) : PartnershipIndexGrain<MissionIndexState>(state, grains, MissionKeys), IMissionIndexGrain
{
    private static readonly PartnershipEntityKeys MissionKeys =
        new(key => MissionRules.ParseKey(key).Slug, MissionErrors.InvalidKey, MissionErrors.Forbidden);

    Task IMissionIndexGrain.RegisterAsync(string missionKey) =>
        RegisterAsync(missionKey, index => index.Keys.AddOnce(missionKey));

    Task<IReadOnlyList<Mission>> IMissionIndexGrain.ReadAllAsync(Actor actor) =>
        ReadAllAsync(actor, key => Grains.GetGrain<IMissionGrain>(key).GetAsync(Actor.Seed));
}
