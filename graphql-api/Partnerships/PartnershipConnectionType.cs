using Cooperation.Grains.Partnerships;
using Cooperation.GraphQL.Schema.Relay;

namespace Cooperation.GraphQL.Partnerships;

/// <summary>The directory's Relay connection, with a <c>nodes</c> shortcut.</summary>
public sealed class PartnershipConnectionType()
    : NodesConnectionType<PartnershipType, Partnership>("PartnershipConnection", "Les partenariats de la page. / The partnerships of the page.");
