using Cooperation.Grains.Reports;

namespace Cooperation.GraphQL.Reports;

/// <summary>Where a report stands.</summary>
public sealed class ReportStatusType : EnumerationGraphType<ReportStatus>
{
    public ReportStatusType()
    {
        Name = "ReportStatus";
        Description = "État du rapport : brouillon, soumis, pris en compte, renvoyé pour modifications. / Report status: draft, submitted, acknowledged, returned for changes.";
    }
}

/// <summary>What the South side answered.</summary>
public sealed class ReportReviewOutcomeType : EnumerationGraphType<ReportReviewOutcome>
{
    public ReportReviewOutcomeType()
    {
        Name = "ReportReviewOutcome";
        Description = "Réponse du partenaire du Sud : pris en compte ou renvoyé. / The South partner's answer: acknowledged or returned.";
    }
}

/// <summary>The facts an indicator can be computed from.</summary>
public sealed class IndicatorFactType : EnumerationGraphType<IndicatorFact>
{
    public IndicatorFactType()
    {
        Name = "IndicatorFact";
        Description = "Fait enregistré dont un indicateur est calculé : ordinateurs reçus en bon état, ordinateurs installés, bornes Wi-Fi installées. / Recorded fact an indicator is computed from: computers received in working order, computers installed, Wi-Fi terminals installed.";
    }
}
