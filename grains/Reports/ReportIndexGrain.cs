using Cooperation.Grains.Partnerships;

namespace Cooperation.Grains.Reports;

/// <inheritdoc cref="IReportIndexGrain"/>
public sealed class ReportIndexGrain(
    [PersistentState("report-index", StorageNames.Cooperation)] IPersistentState<ReportIndexState> state,
    IGrainFactory grains) : Grain, IReportIndexGrain
{
    private string Slug => this.GetPrimaryKeyString();

    async Task IReportIndexGrain.RegisterAsync(string reportKey)
    {
        if (ReportRules.ParseKey(reportKey).Slug != Slug)
            throw ReportErrors.InvalidKey(reportKey);
        var index = state.State.Keys.BinarySearch(reportKey, StringComparer.Ordinal);
        if (index >= 0)
            return;
        state.State.Keys.Insert(~index, reportKey);
        await state.WriteOrDeactivateAsync(this);
    }

    async Task<IReadOnlyList<string>> IReportIndexGrain.ListAsync(Actor actor)
    {
        // Asked of the partnership first: an outsider learns nothing, not even whether there are reports.
        if (!(await grains.GetGrain<IPartnershipGrain>(Slug).GetAccessAsync(actor)).CanRead)
            throw ReportErrors.Forbidden();
        return [.. state.State.Keys];
    }
}
