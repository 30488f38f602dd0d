namespace Cooperation.Grains.Missions;

// What members read: the mission, its report versions, its history.
public sealed partial class MissionGrain
{
    async Task<Mission> IMissionGrain.GetAsync(Actor actor)
    {
        await RequireReadAsync(actor);
        return Snapshot();
    }

    async Task<IReadOnlyList<MissionReportVersion>> IMissionGrain.GetReportVersionsAsync(Actor actor)
    {
        await RequireReadAsync(actor);
        return [.. State.ReportVersions];
    }

    async Task<MissionReportVersion> IMissionGrain.GetReportVersionAsync(Actor actor, int number)
    {
        var plan = await RequireReadAsync(actor);
        if (number < 1 || number > State.ReportVersions.Count)
            throw MissionErrors.UnknownReportVersion(plan.Title, number, State.ReportVersions.Count);
        return State.ReportVersions[number - 1];
    }

    async Task<HistoryPage> IMissionGrain.GetHistoryPageAsync(Actor actor, HistoryPageRequest request)
    {
        await RequireReadAsync(actor);
        return await ReadHistoryAsync(request);
    }

    /// <summary>Access first, existence second: an outsider learns nothing about what exists.</summary>
    private async Task<MissionPlan> RequireReadAsync(Actor actor)
    {
        await RequireAccessAsync(actor);
        return RequireCreated();
    }
}
