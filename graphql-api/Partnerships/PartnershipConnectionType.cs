using Cooperation.Grains.Partnerships;
using Cooperation.GraphQL.Schema.Access;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;

namespace Cooperation.GraphQL.Partnerships;

/// <summary>
/// The directory's Relay connection, with a <c>nodes</c> shortcut: a phone listing partnerships
/// needs the nodes, not an edge object around each one.
/// </summary>
public sealed class PartnershipConnectionType : ConnectionType<PartnershipType, EdgeType<PartnershipType>>
{
    public PartnershipConnectionType()
    {
        Name = "PartnershipConnection";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartnershipType>>>>("nodes")
            .Description("Les partenariats de la page. / The partnerships of the page.")
            .Resolve(c => ((Connection<Partnership>)c.Source!).Items);
        this.FieldsGuardedByParent();
    }
}
