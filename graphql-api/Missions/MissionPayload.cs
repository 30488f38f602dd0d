using Cooperation.Grains.Missions;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Missions;

/// <summary>What a mission mutation answers: the echoed client id and the mission as the action left it.</summary>
public sealed record MissionPayload(string ClientMutationId, Mission Mission);

/// <summary>One payload type per mutation, all of the same shape (<c>PlanMissionPayload</c>, …).</summary>
[DoNotRegister] // built once per mutation with its own name, not by dependency injection
public sealed class MissionPayloadType : ObjectGraphType<MissionPayload>
{
    public MissionPayloadType(string name)
    {
        Name = name;
        Description = "Résultat : l'identifiant client renvoyé et la mission. / Result: the echoed client id and the mission.";
        Field(p => p.ClientMutationId).Description("Identifiant client de l'action, renvoyé tel quel. / The action's client id, echoed.");
        Field<NonNullGraphType<MissionType>>("mission").Resolve(c => c.Source.Mission);
        this.FieldsGuardedByParent();
    }
}
