using Cooperation.Grains.Uploads;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Uploads;

/// <summary>What an upload mutation answers: the echoed client id and the upload as the action left it.</summary>
public sealed record UploadPayload(string ClientMutationId, Upload Upload);

/// <summary>One payload type per mutation (<c>AnnounceUploadPayload</c>, …).</summary>
[DoNotRegister] // built once per mutation with its own name, not by dependency injection
public sealed class UploadPayloadType : ObjectGraphType<UploadPayload>
{
    public UploadPayloadType(string name)
    {
        Name = name;
        Description = "Résultat : l'identifiant client renvoyé et l'envoi de photo. / Result: the echoed client id and the photo upload.";
        Field(p => p.ClientMutationId).Description("Identifiant client de l'action, renvoyé tel quel. / The action's client id, echoed.");
        Field<NonNullGraphType<UploadType>>("upload").Resolve(c => c.Source.Upload);
        this.FieldsGuardedByParent();
    }
}
