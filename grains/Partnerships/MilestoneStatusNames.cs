namespace Cooperation.Grains.Partnerships;

/// <summary>How a milestone status reads in a sentence, in each language.</summary>
public static class MilestoneStatusNames
{
    public static string French(MilestoneStatus status) => status switch
    {
        MilestoneStatus.Planned => "planifié",
        MilestoneStatus.InProgress => "en cours",
        MilestoneStatus.Completed => "atteint",
        MilestoneStatus.Cancelled => "annulé",
        _ => status.ToString(),
    };

    public static string English(MilestoneStatus status) => status switch
    {
        MilestoneStatus.Planned => "planned",
        MilestoneStatus.InProgress => "in progress",
        MilestoneStatus.Completed => "completed",
        MilestoneStatus.Cancelled => "cancelled",
        _ => status.ToString(),
    };
}
