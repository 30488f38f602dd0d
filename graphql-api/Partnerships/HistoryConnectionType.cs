using Cooperation.GraphQL.Schema.Relay;

namespace Cooperation.GraphQL.Partnerships;

/// <summary>
/// A page of any history (a partnership's, an account's), newest line first, as a Relay connection with a
/// <c>nodes</c> shortcut (<see cref="HistoryConnections"/>).
/// </summary>
public sealed class HistoryConnectionType : NodesConnectionType<HistoryEntryType, HistoryEntry>
{
    public HistoryConnectionType()
        : base("HistoryConnection", "Les lignes de la page. / The lines of the page.") =>
        Description = "Lignes d'historique, de la plus récente à la plus ancienne. / History lines, newest first.";
}
