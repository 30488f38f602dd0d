using System.Globalization;

namespace Cooperation.Grains.Partnerships;

/// <summary>Lists the fields that differ between two versions of a milestone, as the history shows them.</summary>
public static class MilestoneDifferences
{
    public static IReadOnlyList<(string Field, string? OldValue, string? NewValue)> Between(Milestone before, Milestone after)
    {
        var differences = new List<(string, string?, string?)>();
        Compare("title", before.Title, after.Title);
        Compare("description", before.Description, after.Description);
        Compare("startOn", Format(before.StartOn), Format(after.StartOn));
        Compare("dueOn", Format(before.DueOn), Format(after.DueOn));
        Compare("progress", before.Progress.ToString(CultureInfo.InvariantCulture), after.Progress.ToString(CultureInfo.InvariantCulture));
        Compare("status", before.Status.ToString(), after.Status.ToString());
        Compare("cancellationReason", before.CancellationReason, after.CancellationReason);
        return differences;

        void Compare(string field, string? oldValue, string? newValue)
        {
            if (!string.Equals(oldValue, newValue, StringComparison.Ordinal))
                differences.Add((field, oldValue, newValue));
        }
    }

    private static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
