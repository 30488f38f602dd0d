namespace Cooperation.Grains.Reports;

/// <summary>
/// Which half-years a partnership owes a report for, and which of them have none.
/// </summary>
/// <remarks>
/// Partnerships report by half-year (semestre, January–June and July–December), the rhythm of the seed text's
/// « transmission régulière de rapports d'avancement ». Reporting starts with the half-year of a partnership's first
/// report: before it the platform knows of no duty, and counting back to a partnership signed in 2008 would flag
/// dozens of periods nobody was asked for. From then on, every half-year that has ended, up to the partnership's end,
/// must be covered by a report (of any period that overlaps it); one that is not is missing, and overdue once its due
/// date has passed.
/// </remarks>
public static class ReportingPeriods
{
    /// <summary>The missing half-years, oldest first.</summary>
    /// <param name="reported">The periods of the partnership's reports, in any order.</param>
    /// <param name="endsOn">The partnership's end, when it has one: no duty after it.</param>
    public static IReadOnlyList<MissingReport> Missing(IReadOnlyCollection<(DateOnly Start, DateOnly End)> reported, DateOnly today, DateOnly? endsOn)
    {
        if (reported.Count == 0)
            return [];
        var missing = new List<MissingReport>();
        for (var (start, end) = HalfYearOf(reported.Min(p => p.Start)); end < today && (endsOn is null || start <= endsOn); (start, end) = HalfYearOf(end.AddDays(1)))
        {
            if (reported.Any(p => p.Start <= end && p.End >= start))
                continue;
            var dueOn = ReportRules.DueOn(end);
            missing.Add(new MissingReport(start, end, dueOn, today > dueOn));
        }
        return missing;
    }

    /// <summary>The half-year (semestre) a day falls in.</summary>
    public static (DateOnly Start, DateOnly End) HalfYearOf(DateOnly day) =>
        day.Month <= 6 ? (new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 6, 30)) : (new DateOnly(day.Year, 7, 1), new DateOnly(day.Year, 12, 31));
}
