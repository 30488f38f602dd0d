using Cooperation.Grains.Partnerships;

namespace Cooperation.Grains.Reports;

/// <inheritdoc cref="IReportIndexGrain"/>
public sealed class ReportIndexGrain(
    [PersistentState("report-index", StorageNames.Cooperation)] IPersistentState<ReportIndexState> state,
    IGrainFactory grains,
    TimeProvider time) : Grain, IReportIndexGrain
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
        await RequireReadAsync(actor);
        return [.. state.State.Keys];
    }

    async Task<IReadOnlyList<MissingReport>> IReportIndexGrain.ListMissingAsync(Actor actor)
    {
        await RequireReadAsync(actor);
        var partnership = await grains.GetGrain<IPartnershipGrain>(Slug).FindAsync();
        // The periods are in the keys: no report grain is woken to answer.
        var reported = state.State.Keys.Select(key => ReportRules.ParseKey(key)).Select(k => (k.PeriodStart, k.PeriodEnd)).ToList();
        return ReportingPeriods.Missing(reported, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), partnership?.EndsOn);
    }

    /// <summary>Asked of the partnership first: an outsider learns nothing, not even whether there are reports.</summary>
    private async Task RequireReadAsync(Actor actor)
    {
        if (!(await grains.GetGrain<IPartnershipGrain>(Slug).GetAccessAsync(actor)).CanRead)
            throw ReportErrors.Forbidden();
    }
}
