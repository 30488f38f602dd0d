using Cooperation.Grains.Accounts;
using Cooperation.GraphQL.Schema.Relay;

namespace Cooperation.GraphQL.Accounts;

/// <summary>The directory of people a page at a time, with a <c>nodes</c> shortcut.</summary>
public sealed class PersonConnectionType()
    : NodesConnectionType<PersonType, AccountAccess>("PersonConnection", "Les personnes de la page. / The people of the page.");
