using Cooperation.GraphQL.Schema.Access;
namespace Cooperation.GraphQL.Partnerships.Mutations;

/// <summary>What a milestone mutation answers: the echoed client id and the milestone as the action left it.</summary>
public sealed record MilestonePayload(string ClientMutationId, MilestoneNode Milestone);

/// <summary>One payload type per mutation, all of the same shape (<c>PlanMilestonePayload</c>, …).</summary>
[DoNotRegister] // built once per mutation with its own name, not by dependency injection
public sealed class MilestonePayloadType : ObjectGraphType<MilestonePayload>
{
    public MilestonePayloadType(string name)
    {
        Name = name;
        Description = "Résultat : l'identifiant client renvoyé et le jalon. / Result: the echoed client id and the milestone.";
        Field(p => p.ClientMutationId).Description("Identifiant client de l'action, renvoyé tel quel. / The action's client id, echoed.");
        Field<NonNullGraphType<MilestoneType>>("milestone").Resolve(c => c.Source.Milestone);
        this.FieldsGuardedByParent();
    }
}
