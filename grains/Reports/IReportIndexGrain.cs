namespace Cooperation.Grains.Reports;

/// <summary>
/// L'index des rapports d'avancement d'un partenariat: the keys of its reports, so listing them needs no scan.
/// Key: the partnership's slug.
/// </summary>
public interface IReportIndexGrain : IGrainWithStringKey
{
    /// <summary>Adds a report's key (sent by the report grain after its first durable write); a repeat changes nothing.</summary>
    Task RegisterAsync(string reportKey);

    /// <summary>Returns the report keys by period (earliest first), to members and administrators of the partnership.</summary>
    Task<IReadOnlyList<string>> ListAsync(Actor actor);

    /// <summary>
    /// Returns the reports themselves by period, to members and administrators, asking the partnership once.
    /// Always interleaved, so that it never holds the index while entities register (<see cref="Common.Indexes.PartnershipIndexGrain{TState}"/>).
    /// </summary>
    [AlwaysInterleave]
    Task<IReadOnlyList<Report>> ReadAllAsync(Actor actor);

    /// <summary>The half-years that ended with no report, oldest first (<see cref="ReportingPeriods"/>).</summary>
    Task<IReadOnlyList<MissingReport>> ListMissingAsync(Actor actor);
}
