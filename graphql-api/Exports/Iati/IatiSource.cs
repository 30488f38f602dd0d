using Cooperation.Grains.Money;
using Cooperation.Grains.Partnerships;
using Cooperation.Grains.Reports;
using Cooperation.Grains.Shipments;

namespace Cooperation.GraphQL.Exports.Iati;

/// <summary>Reads what an activity is written from, asking each grain with the reader's own rights.</summary>
public static class IatiSource
{
    /// <summary>
    /// The facts of one partnership: NOT_FOUND when there is no such partnership, FORBIDDEN when the reader may not read it
    /// (the endpoint answers both alike).
    /// </summary>
    public static async Task<IatiActivityFacts> ReadAsync(IGrainFactory grains, Actor reader, string slug, DateOnly today)
    {
        var read = await grains.GetGrain<IPartnershipGrain>(slug).ReadAsync(reader) ?? throw PartnershipErrors.UnknownPartnership(slug);
        if (read.Milestones is not { } milestones)
            throw PartnershipErrors.Forbidden();

        var shipments = grains.GetGrain<IShipmentIndexGrain>(slug).ReadAllAsync(reader);
        var reports = grains.GetGrain<IReportIndexGrain>(slug).ReadAllAsync(reader);
        var ledgers = Task.WhenAll(LedgerYears(read.Profile, today).Select(year => grains.GetGrain<ILedgerGrain>(LedgerRules.KeyFor(slug, year)).GetAsync(reader)));
        return new IatiActivityFacts(
            read.Profile,
            milestones,
            await shipments,
            [.. (await reports).Where(r => !r.Content.IsBlank).OrderBy(r => r.PeriodStart)],
            [.. (await ledgers).Where(l => l.Version > 0 || l.Hardware.Items > 0)]);
    }

    /// <summary>
    /// The years a ledger may hold: from the partnership's start to its end, or to next year while it runs (a budget voted
    /// ahead). A year with nothing entered and nothing shipped answers an empty ledger and is left out of the file.
    /// </summary>
    private static IEnumerable<int> LedgerYears(Partnership partnership, DateOnly today)
    {
        var first = Math.Max(partnership.StartedOn.Year, LedgerRules.FirstYear);
        var last = Math.Min(partnership.EndsOn?.Year ?? today.Year + 1, LedgerRules.LastYear);
        return first <= last ? Enumerable.Range(first, last - first + 1) : [];
    }
}
