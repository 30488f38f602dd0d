using Cooperation.GraphQL.Schema.Access;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;

namespace Cooperation.GraphQL.Schema.Relay;

/// <summary>
/// A Relay connection with a <c>nodes</c> shortcut: a phone listing things needs the things, not an edge object
/// around each one. Its fields take their rule from the field that leads there.
/// </summary>
/// <typeparam name="TNodeType">The graph type of a node.</typeparam>
/// <typeparam name="TNode">The value a node stands for, as the resolver's <see cref="Connection{TNode}"/> holds it.</typeparam>
public abstract class NodesConnectionType<TNodeType, TNode> : ConnectionType<TNodeType, EdgeType<TNodeType>>
    where TNodeType : IGraphType
{
    protected NodesConnectionType(string name, string nodesDescription)
    {
        Name = name;
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes")
            .Description(nodesDescription)
            .Resolve(c => ((Connection<TNode>)c.Source!).Items);
        this.FieldsGuardedByParent();
    }
}
