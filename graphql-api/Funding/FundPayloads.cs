using Cooperation.Grains.Funding.Applications;
using Cooperation.Grains.Funding.Calls;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Funding;

/// <summary>What a call mutation answers: the echoed client id and the call.</summary>
public sealed record FundCallPayload(string ClientMutationId, FundCall Call);

/// <summary>What an application mutation answers: the echoed client id and the application as the actor sees it.</summary>
public sealed record FundApplicationPayload(string ClientMutationId, FundApplication Application);

[DoNotRegister] // built once per mutation with its own name
public sealed class FundCallPayloadType : ObjectGraphType<FundCallPayload>
{
    public FundCallPayloadType(string name)
    {
        Name = name;
        Description = "Résultat : l'identifiant client renvoyé et l'appel. / Result: the echoed client id and the call.";
        Field(p => p.ClientMutationId).Description("Identifiant client de l'action, renvoyé tel quel. / The action's client id, echoed.");
        Field<NonNullGraphType<FundCallType>>("call").Resolve(c => c.Source.Call);
        this.FieldsGuardedByParent();
    }
}

[DoNotRegister] // built once per mutation with its own name
public sealed class FundApplicationPayloadType : ObjectGraphType<FundApplicationPayload>
{
    public FundApplicationPayloadType(string name)
    {
        Name = name;
        Description = "Résultat : l'identifiant client renvoyé et le dossier. / Result: the echoed client id and the application.";
        Field(p => p.ClientMutationId).Description("Identifiant client de l'action, renvoyé tel quel. / The action's client id, echoed.");
        Field<NonNullGraphType<FundApplicationType>>("application").Resolve(c => c.Source.Application);
        this.FieldsGuardedByParent();
    }
}
