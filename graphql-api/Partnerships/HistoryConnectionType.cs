using Cooperation.GraphQL.Schema.Access;
using GraphQL.Types.Relay;
using GraphQL.Types.Relay.DataObjects;

namespace Cooperation.GraphQL.Partnerships;

/// <summary>
/// A page of any history (a partnership's, an account's), newest line first, as a Relay connection with a
/// <c>nodes</c> shortcut: a screen showing lines needs the lines, not an edge around each one.
/// </summary>
public sealed class HistoryConnectionType : ConnectionType<HistoryEntryType, EdgeType<HistoryEntryType>>
{
    public HistoryConnectionType()
    {
        Name = "HistoryConnection";
        Description = "Lignes d'historique, de la plus récente à la plus ancienne. / History lines, newest first.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HistoryEntryType>>>>("nodes")
            .Description("Les lignes de la page. / The lines of the page.")
            .Resolve(c => ((Connection<HistoryEntry>)c.Source!).Items);
        this.FieldsGuardedByParent();
    }
}
