using Cooperation.GraphQL.Missions;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Reports;
using Cooperation.GraphQL.Shipments;

namespace Cooperation.GraphQL.Schema;

/// <summary>The Cooperation GraphQL schema, code-first.</summary>
public sealed class CooperationSchema : global::GraphQL.Types.Schema
{
    public CooperationSchema(IServiceProvider services) : base(services)
    {
        Query = services.GetRequiredService<QueryType>();
        Mutation = services.GetRequiredService<MutationType>();
        Description = "Coopération décentralisée et solidarité numérique. / Decentralised cooperation and digital solidarity.";
        // Types reached only through the Node interface must still be known to the schema.
        RegisterType(typeof(PartnershipType));
        RegisterType(typeof(MilestoneType));
        RegisterType(typeof(ReportType));
        RegisterType(typeof(MissionType));
        RegisterType(typeof(ShipmentType));
    }
}
