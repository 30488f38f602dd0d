using Cooperation.GraphQL.Annotations;
using Cooperation.GraphQL.Funding;
using Cooperation.GraphQL.Missions;
using Cooperation.GraphQL.Money;
using Cooperation.GraphQL.Partnerships.Mutations;
using Cooperation.GraphQL.Reports;
using Cooperation.GraphQL.Shipments;
using Cooperation.GraphQL.Uploads;

namespace Cooperation.GraphQL.Schema.Actions;

/// <summary>
/// Every field action of the schema, in the order of the mutation root: each domain declares its own, and both the
/// mutation root and the sync batch are made from this one table.
/// </summary>
public static class FieldActions
{
    public static IReadOnlyList<FieldAction> All { get; } =
    [
        .. MilestoneActions.All,
        .. ShipmentSchema.Actions,
        .. ReportSchema.Actions,
        .. MissionSchema.Actions,
        .. UploadSchema.Actions,
        .. AnnotationSchema.Actions,
        .. FundSchema.Actions,
        .. MoneySchema.Actions,
    ];

    private static readonly Dictionary<string, FieldAction> ByName = All.ToDictionary(a => a.Name);

    /// <summary>The actions an outbox may carry in a partnership's sync batch, in the same order.</summary>
    public static IReadOnlyList<FieldAction> InSync { get; } = [.. All.Where(a => a.InSync)];

    /// <summary>The action of that name; the sync batch's input type only lets through names it has.</summary>
    public static FieldAction Named(string name) => ByName[name];
}
