using Cooperation.GraphQL.Accounts;
using Cooperation.GraphQL.Annotations;
using Cooperation.GraphQL.Dashboards;
using Cooperation.GraphQL.Funding;
using Cooperation.GraphQL.Missions;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Reports;
using Cooperation.GraphQL.Research;
using Cooperation.GraphQL.Shipments;
using Cooperation.GraphQL.Sync;
using Cooperation.GraphQL.Uploads;
using Cooperation.GraphQL.Schema.Relay;

namespace Cooperation.GraphQL.Schema;

/// <summary>The query root; each domain adds its own fields.</summary>
public sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";
        this.AddPartnershipQueries();
        this.AddNodeQuery();
        this.AddAccountQueries();
        this.AddSyncQueries();
        this.AddShipmentQueries();
        this.AddReportQueries();
        this.AddMissionQueries();
        this.AddUploadQueries();
        this.AddAnnotationQueries();
        this.AddFundQueries();
        this.AddResearchQueries();
        this.AddDashboardQueries();
    }
}
