using Cooperation.Grains.Partnerships;

namespace Cooperation.Grains.Missions;

/// <inheritdoc cref="IMissionIndexGrain"/>
public sealed class MissionIndexGrain(
    [PersistentState("mission-index", StorageNames.Cooperation)] IPersistentState<MissionIndexState> state,
    IGrainFactory grains) : Grain, IMissionIndexGrain
{
    private string Slug => this.GetPrimaryKeyString();

    async Task IMissionIndexGrain.RegisterAsync(string missionKey)
    {
        if (MissionRules.ParseKey(missionKey).Slug != Slug)
            throw MissionErrors.InvalidKey(missionKey);
        if (state.State.Keys.Contains(missionKey))
            return;
        state.State.Keys.Add(missionKey);
        await state.WriteOrDeactivateAsync(this);
    }

    async Task<IReadOnlyList<string>> IMissionIndexGrain.ListAsync(Actor actor)
    {
        // Asked of the partnership first: an outsider learns nothing, not even whether there are missions.
        if (!(await grains.GetGrain<IPartnershipGrain>(Slug).GetAccessAsync(actor)).CanRead)
            throw MissionErrors.Forbidden();
        return [.. state.State.Keys];
    }
}
