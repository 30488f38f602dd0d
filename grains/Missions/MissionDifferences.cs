using System.Globalization;

namespace Cooperation.Grains.Missions;

/// <summary>Which parts of a plan an edit changed, as history lines (field, old, new).</summary>
public static class MissionDifferences
{
    public static IReadOnlyList<(string Field, string? OldValue, string? NewValue)> Between(MissionPlan before, MissionPlan after)
    {
        var lines = new List<(string, string?, string?)>();
        void Compare(string field, string? oldValue, string? newValue)
        {
            if (!string.Equals(oldValue, newValue, StringComparison.Ordinal))
                lines.Add((field, oldValue, newValue));
        }

        Compare("title", before.Title, after.Title);
        Compare("startOn", Date(before.StartOn), Date(after.StartOn));
        Compare("endOn", Date(before.EndOn), Date(after.EndOn));
        Compare("travellers", Join(before.Travellers.Select(t => $"{t.Name} ({t.Organisation})")), Join(after.Travellers.Select(t => $"{t.Name} ({t.Organisation})")));
        Compare("places", Join(before.Places.Select(p => $"{p.Town}, {p.Country}")), Join(after.Places.Select(p => $"{p.Town}, {p.Country}")));
        Compare("objectives", Join(before.Objectives), Join(after.Objectives));
        Compare("agenda", Join(before.Agenda.Select(d => $"{Date(d.Date)} : {d.Text}")), Join(after.Agenda.Select(d => $"{Date(d.Date)} : {d.Text}")));
        Compare("milestoneIds", Join(before.MilestoneIds), Join(after.MilestoneIds));
        return lines;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Join(IEnumerable<string> values) => string.Join(" ; ", values);
}
