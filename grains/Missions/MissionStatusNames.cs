namespace Cooperation.Grains.Missions;

/// <summary>How a mission status reads in a sentence, in each language.</summary>
public static class MissionStatusNames
{
    public static string French(MissionStatus status) => status switch
    {
        MissionStatus.Planned => "planifiée",
        MissionStatus.UnderWay => "en cours",
        MissionStatus.Reported => "terminée, compte rendu déposé",
        MissionStatus.Cancelled => "annulée",
        _ => status.ToString(),
    };

    public static string English(MissionStatus status) => status switch
    {
        MissionStatus.Planned => "planned",
        MissionStatus.UnderWay => "under way",
        MissionStatus.Reported => "reported",
        MissionStatus.Cancelled => "cancelled",
        _ => status.ToString(),
    };
}
