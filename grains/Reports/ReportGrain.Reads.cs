namespace Cooperation.Grains.Reports;

// Reading a report, its frozen versions and its history: members of the partnership and administrators.
public sealed partial class ReportGrain
{
    async Task<Report> IReportGrain.GetAsync(Actor actor)
    {
        await RequireReadAsync(actor);
        return Snapshot();
    }

    async Task<IReadOnlyList<ReportVersion>> IReportGrain.GetVersionsAsync(Actor actor)
    {
        await RequireReadAsync(actor);
        return [.. State.Versions];
    }

    async Task<ReportVersion> IReportGrain.GetVersionAsync(Actor actor, int number)
    {
        await RequireReadAsync(actor);
        if (number < 1 || number > State.Versions.Count)
            throw ReportErrors.UnknownVersion(Key, number, State.Versions.Count);
        return State.Versions[number - 1];
    }

    async Task<HistoryPage> IReportGrain.GetHistoryPageAsync(Actor actor, HistoryPageRequest request)
    {
        await RequireReadAsync(actor);
        return await ReadHistoryAsync(request);
    }

    private async Task RequireReadAsync(Actor actor)
    {
        await RequireAccessAsync(actor);
        RequireCreated();
    }
}
