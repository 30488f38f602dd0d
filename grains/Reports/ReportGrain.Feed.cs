namespace Cooperation.Grains.Reports;

// Telling the partnership what changed, so its change feed lists the report and its index knows it.
public sealed partial class ReportGrain
{
    /// <summary>The kind under which reports appear in a partnership's change feed.</summary>
    public const string Kind = "Report";

    protected override string FeedKind => Kind;

    /// <summary>The partnership the key names: its members have access, its feed and index list the entity.</summary>
    protected override string? Partnership => Slug;

    /// <summary>The partnership's index lists the report (its key tells its period).</summary>
    protected override Task RegisterAsync(string partnership) => Grains.GetGrain<IReportIndexGrain>(partnership).RegisterAsync(Key);
}
