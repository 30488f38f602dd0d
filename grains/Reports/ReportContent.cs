namespace Cooperation.Grains.Reports;

/// <summary>
/// What a rapport d'avancement says: four narrative sections, result indicators, the milestones it reports on and
/// the documents it refers to. A draft's content changes; a submitted version's content never does.
/// </summary>
/// <param name="Activities">Activités menées.</param>
/// <param name="Results">Résultats obtenus.</param>
/// <param name="Difficulties">Difficultés rencontrées.</param>
/// <param name="NextSteps">Prochaines étapes.</param>
/// <param name="MilestoneIds">Local ids of the partnership's milestones (e.g. "m2"), in the order given.</param>
[GenerateSerializer, Immutable]
public sealed record ReportContent(
    [property: Id(0)] string Activities,
    [property: Id(1)] string Results,
    [property: Id(2)] string Difficulties,
    [property: Id(3)] string NextSteps,
    [property: Id(4)] IReadOnlyList<ReportIndicator> Indicators,
    [property: Id(5)] IReadOnlyList<string> MilestoneIds,
    [property: Id(6)] IReadOnlyList<ReportAttachment> Attachments)
{
    public static ReportContent Empty { get; } = new("", "", "", "", [], [], []);

    /// <summary>Whether nothing at all has been written yet.</summary>
    public bool IsBlank =>
        Activities.Length == 0 && Results.Length == 0 && Difficulties.Length == 0 && NextSteps.Length == 0 && Indicators.Count == 0;

    /// <summary>Equal when every section and every list item is equal (lists compared item by item, not by reference).</summary>
    public bool Equals(ReportContent? other) =>
        other is not null
        && Activities == other.Activities && Results == other.Results && Difficulties == other.Difficulties && NextSteps == other.NextSteps
        && Indicators.SequenceEqual(other.Indicators) && MilestoneIds.SequenceEqual(other.MilestoneIds) && Attachments.SequenceEqual(other.Attachments);

    public override int GetHashCode() => HashCode.Combine(Activities, Results, Difficulties, NextSteps, Indicators.Count, MilestoneIds.Count, Attachments.Count);
}
