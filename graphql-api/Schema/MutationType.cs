using Cooperation.GraphQL.Accounts;
using Cooperation.GraphQL.Annotations;
using Cooperation.GraphQL.Funding;
using Cooperation.GraphQL.Missions;
using Cooperation.GraphQL.Partnerships.Mutations;
using Cooperation.GraphQL.Reports;
using Cooperation.GraphQL.Shipments;
using Cooperation.GraphQL.Sync;
using Cooperation.GraphQL.Uploads;

namespace Cooperation.GraphQL.Schema;

/// <summary>The mutation root; each domain adds its own fields.</summary>
public sealed class MutationType : ObjectGraphType
{
    public MutationType()
    {
        Name = "Mutation";
        this.AddSessionMutations();
        this.AddAccountMutations();
        this.AddMilestoneMutations();
        this.AddShipmentMutations();
        this.AddReportMutations();
        this.AddMissionMutations();
        this.AddUploadMutations();
        this.AddAnnotationMutations();
        this.AddFundMutations();
        // Last: a sync action is any of the field-work mutations above.
        this.AddSyncMutation();
    }
}
