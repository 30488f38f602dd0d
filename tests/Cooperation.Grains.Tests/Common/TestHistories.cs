using Cooperation.Grains.Accounts;
using Cooperation.Grains.Funding.Applications;
using Cooperation.Grains.Funding.Calls;
using Cooperation.Grains.Missions;
using Cooperation.Grains.Reports;
using Cooperation.Grains.Shipments;

namespace Cooperation.Grains.Tests.Common;

/// <summary>Reads a whole history a page at a time, as a client scrolling to its beginning would.</summary>
public static class TestHistories
{
    /// <summary>Every line, oldest first, read through pages of the largest size.</summary>
    public static async Task<IReadOnlyList<HistoryEntry>> AllAsync(Func<HistoryPageRequest, Task<HistoryPage>> read)
    {
        var lines = new List<HistoryEntry>();
        var page = await read(new HistoryPageRequest(HistoryPageRequest.MaxFirst));
        lines.AddRange(page.Entries);
        while (page.HasMore)
        {
            page = await read(new HistoryPageRequest(HistoryPageRequest.MaxFirst, page.PositionOf(page.Entries.Count - 1)));
            lines.AddRange(page.Entries);
        }
        lines.Reverse();
        return lines;
    }

    /// <summary>The account's whole history, oldest first.</summary>
    public static Task<IReadOnlyList<HistoryEntry>> HistoryAsync(this IAccountGrain account, Actor actor) =>
        AllAsync(request => account.GetHistoryPageAsync(actor, request));

    /// <summary>The whole history of the application as <paramref name="actor"/> reads it, oldest first.</summary>
    public static Task<IReadOnlyList<HistoryEntry>> HistoryAsync(this IFundApplicationGrain application, Actor actor) =>
        AllAsync(request => application.GetHistoryPageAsync(actor, request));

    /// <summary>The call's whole history, oldest first.</summary>
    public static Task<IReadOnlyList<HistoryEntry>> HistoryAsync(this IFundCallGrain call, Actor actor) =>
        AllAsync(request => call.GetHistoryPageAsync(actor, request));

    /// <summary>The mission's whole history, oldest first.</summary>
    public static Task<IReadOnlyList<HistoryEntry>> HistoryAsync(this IMissionGrain mission, Actor actor) =>
        AllAsync(request => mission.GetHistoryPageAsync(actor, request));

    /// <summary>The report's whole history, oldest first.</summary>
    public static Task<IReadOnlyList<HistoryEntry>> HistoryAsync(this IReportGrain report, Actor actor) =>
        AllAsync(request => report.GetHistoryPageAsync(actor, request));

    /// <summary>The shipment's whole history, oldest first.</summary>
    public static Task<IReadOnlyList<HistoryEntry>> HistoryAsync(this IShipmentGrain shipment, Actor actor) =>
        AllAsync(request => shipment.GetHistoryPageAsync(actor, request));
}
