using Cooperation.Grains.Reports;
using Cooperation.Grains.Reports.Commands;

namespace Cooperation.Grains.Tests.Reports;

/// <summary>Report commands the tests use often, with realistic values.</summary>
public static class TestReports
{
    public static readonly DateOnly Start = new(2026, 1, 1);
    public static readonly DateOnly End = new(2026, 6, 30);

    public static ReportContent Content(string activities = "Reconditionnement du lot d'ordinateurs de l'année.") => new(
        activities,
        "240 ordinateurs reconditionnés.",
        "Délais de dédouanement.",
        "Équiper les écoles à la rentrée.",
        [new ReportIndicator("ordinateurs-reconditionnes", "Ordinateurs reconditionnés", "ordinateurs", 0, 300, 240)],
        [],
        [new ReportAttachment("photos-atelier.zip", "application/zip", 81_920)]);

    /// <summary>The report grain of the partnership for a period (the first half of 2026 unless told).</summary>
    public static IReportGrain Of(IGrainFactory grains, IPartnershipGrain partnership, DateOnly? start = null, DateOnly? end = null) =>
        grains.GetGrain<IReportGrain>(ReportRules.Key(partnership.GetPrimaryKeyString(), start ?? Start, end ?? End));

    /// <summary>A drafted report of a new partnership, by its North staff.</summary>
    public static async Task<(IPartnershipGrain Partnership, IReportGrain Report)> DraftedAsync(IGrainFactory grains)
    {
        var partnership = await TestPartnerships.NewAsync(grains);
        var report = Of(grains, partnership);
        await report.DraftAsync(new DraftReport("draft", TestPartnerships.Staff, Content()));
        return (partnership, report);
    }

    /// <summary>A submitted (version 1) report of a new partnership.</summary>
    public static async Task<(IPartnershipGrain Partnership, IReportGrain Report)> SubmittedAsync(IGrainFactory grains)
    {
        var (partnership, report) = await DraftedAsync(grains);
        await report.SubmitAsync(new SubmitReport("submit", TestPartnerships.Staff));
        return (partnership, report);
    }
}
