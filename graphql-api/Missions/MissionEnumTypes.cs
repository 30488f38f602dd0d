using Cooperation.Grains.Missions;

namespace Cooperation.GraphQL.Missions;

/// <summary>Where a mission stands.</summary>
public sealed class MissionStatusType : EnumerationGraphType<MissionStatus>
{
    public MissionStatusType()
    {
        Name = "MissionStatus";
        Description = "État de la mission : planifiée, en cours, compte rendu déposé, annulée. / Mission status: planned, under way, reported, cancelled.";
    }
}
