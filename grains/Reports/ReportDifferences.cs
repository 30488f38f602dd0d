using System.Globalization;

namespace Cooperation.Grains.Reports;

/// <summary>The fields that differ between two contents of a draft, as history lines (field, old, new).</summary>
public static class ReportDifferences
{
    public static IReadOnlyList<(string Field, string? OldValue, string? NewValue)> Between(ReportContent before, ReportContent after)
    {
        var differences = new List<(string, string?, string?)>();
        void Compare(string field, string oldValue, string newValue)
        {
            if (!string.Equals(oldValue, newValue, StringComparison.Ordinal))
                differences.Add((field, oldValue, newValue));
        }

        Compare("activities", before.Activities, after.Activities);
        Compare("results", before.Results, after.Results);
        Compare("difficulties", before.Difficulties, after.Difficulties);
        Compare("nextSteps", before.NextSteps, after.NextSteps);
        Compare("indicators", Indicators(before.Indicators), Indicators(after.Indicators));
        Compare("milestones", string.Join(", ", before.MilestoneIds), string.Join(", ", after.MilestoneIds));
        Compare("attachments", Attachments(before.Attachments), Attachments(after.Attachments));
        return differences;
    }

    /// <summary>One line per indicator: "code: baseline → actual / target unit".</summary>
    private static string Indicators(IReadOnlyList<ReportIndicator> indicators) =>
        string.Join("; ", indicators.Select(i =>
            $"{i.Code} [{i.Title}] : {Number(i.Baseline)} → {Number(i.Actual)} / {Number(i.Target)} {i.Unit}{(i.Source is null ? "" : $" ({i.Source})")}"));

    private static string Attachments(IReadOnlyList<ReportAttachment> attachments) =>
        string.Join("; ", attachments.Select(a => $"{a.Name} ({a.ContentType}, {a.SizeBytes.ToString(CultureInfo.InvariantCulture)} o)"));

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "—";
}
