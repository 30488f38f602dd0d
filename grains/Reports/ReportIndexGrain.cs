using Cooperation.Grains.Common.Indexes;
using Cooperation.Grains.Partnerships;

namespace Cooperation.Grains.Reports;

/// <inheritdoc cref="IReportIndexGrain"/>
public sealed partial class ReportIndexGrain(
    [PersistentState("report-index", StorageNames.Cooperation)] IPersistentState<ReportIndexState> state,
    IGrainFactory grains,
    TimeProvider time) : PartnershipIndexGrain<ReportIndexState>(state, grains, ReportKeys), IReportIndexGrain
{
    private static readonly PartnershipEntityKeys ReportKeys =
        new(key => ReportRules.ParseKey(key).Slug, ReportErrors.InvalidKey, ReportErrors.Forbidden);

    // Sorted, not in the order of registration: the key's period makes the order chronological. A partnership's first
    // report starts its reporting calendar, watched before the key is written (a calendar unwatched would never tell).
    async Task IReportIndexGrain.RegisterAsync(string reportKey)
    {
        if (!Entries.Keys.Contains(reportKey, StringComparer.Ordinal))
            await this.WatchAsync(CalendarReminder, time.GetUtcNow(), time);
        await RegisterAsync(reportKey, index => index.Keys.InsertSortedOnce(reportKey));
    }

    Task<IReadOnlyList<Report>> IReportIndexGrain.ReadAllAsync(Actor actor) =>
        ReadAllAsync(actor, key => Grains.GetGrain<IReportGrain>(key).GetAsync(Actor.Seed));

    async Task<IReadOnlyList<MissingReport>> IReportIndexGrain.ListMissingAsync(Actor actor)
    {
        await RequireReadAsync(actor);
        var partnership = await Grains.GetGrain<IPartnershipGrain>(Slug).FindAsync();
        // The periods are in the keys: no report grain is woken to answer.
        var reported = Entries.Keys.Select(key => ReportRules.ParseKey(key)).Select(k => (k.PeriodStart, k.PeriodEnd)).ToList();
        return ReportingPeriods.Missing(reported, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), partnership?.EndsOn);
    }
}
