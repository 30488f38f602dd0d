using Cooperation.GraphQL.Schema.Access;

namespace Cooperation.GraphQL.Schema.Relay;

/// <summary>The Relay <c>Node</c> interface: anything that can be fetched again by its global id.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "Objet identifié par un identifiant global opaque. / An object with an opaque global id.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Identifiant global opaque. / Opaque global id.");
        this.FieldsGuardedByParent();
    }
}
