using Cooperation.Grains.Reports;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Reports;

/// <summary>What a report mutation answers: the echoed client id and the report as the action left it.</summary>
public sealed record ReportPayload(string ClientMutationId, Report Report);

/// <summary>One payload type per mutation, all of the same shape (<c>DraftReportPayload</c>, …).</summary>
[DoNotRegister] // built once per mutation with its own name, not by dependency injection
public sealed class ReportPayloadType : ObjectGraphType<ReportPayload>
{
    public ReportPayloadType(string name)
    {
        Name = name;
        Description = "Résultat : l'identifiant client renvoyé et le rapport. / Result: the echoed client id and the report.";
        Field(p => p.ClientMutationId).Description("Identifiant client de l'action, renvoyé tel quel. / The action's client id, echoed.");
        Field<NonNullGraphType<ReportType>>("report").Resolve(c => c.Source.Report);
        this.FieldsGuardedByParent();
    }
}
