namespace Cooperation.Grains.Reports;

/// <summary>How people read a report's status, in French and in English.</summary>
public static class ReportStatusNames
{
    public static string French(ReportStatus status) => status switch
    {
        ReportStatus.Draft => "en brouillon",
        ReportStatus.Submitted => "soumis",
        ReportStatus.Acknowledged => "pris en compte",
        ReportStatus.Returned => "renvoyé pour modifications",
        _ => status.ToString(),
    };

    public static string English(ReportStatus status) => status switch
    {
        ReportStatus.Draft => "a draft",
        ReportStatus.Submitted => "submitted",
        ReportStatus.Acknowledged => "acknowledged",
        ReportStatus.Returned => "returned for changes",
        _ => status.ToString(),
    };
}
