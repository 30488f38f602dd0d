using Cooperation.Grains.Accounts;
using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Accounts;

/// <summary>What a sign-in, an accepted invitation or a refresh answers.</summary>
public sealed record SessionPayload(
    string ClientMutationId, string AccessToken, DateTimeOffset AccessTokenExpiresAt, string RefreshToken, AccountAccess Viewer);

/// <summary>One payload type per session mutation, all of the same shape.</summary>
[DoNotRegister] // built once per mutation with its own name, not by dependency injection
public sealed class SessionPayloadType : ObjectGraphType<SessionPayload>
{
    public SessionPayloadType(string name)
    {
        Name = name;
        Description = "Jetons de session : l'accès (court) et le renouvellement (tournant). / Session tokens: access (short) and refresh (rotating).";
        Field(p => p.ClientMutationId);
        Field(p => p.AccessToken).Description("À envoyer en « Authorization: Bearer ». / Send as 'Authorization: Bearer'.");
        Field(p => p.AccessTokenExpiresAt);
        Field(p => p.RefreshToken).Description("À garder sur l'appareil ; chaque renouvellement en donne un nouveau. / Keep on the device; each refresh gives a new one.");
        Field<NonNullGraphType<PersonType>>("viewer").Resolve(c => c.Source.Viewer);
        this.FieldsGuardedByParent();
    }
}
