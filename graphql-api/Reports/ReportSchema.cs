using Cooperation.Grains.Reports;
using Cooperation.GraphQL.Partnerships;
using Cooperation.GraphQL.Schema;
using Cooperation.GraphQL.Schema.Access;
using Cooperation.GraphQL.Schema.Actions;
using Cooperation.GraphQL.Sync;

namespace Cooperation.GraphQL.Reports;

/// <summary>Where the report domain plugs its fields into the schema.</summary>
public static class ReportSchema
{
    /// <summary>Fields of the query root.</summary>
    public static void AddReportQueries(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ReportType>>("report")
            .Description("Un rapport d'avancement par son identifiant global. / A progress report by its global id.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .WithAccess(AccessRule.PartnershipMember)
            .ResolveAsync(async c =>
            {
                var key = ReportLookup.Key(c.GetArgument<string>("id"));
                return await c.Grains().GetGrain<IReportGrain>(key).GetAsync(c.Actor());
            });
    }

    /// <summary>Field actions: fields of the mutation root and members of the sync batch.</summary>
    public static IEnumerable<FieldAction> Actions => ReportActions.All;

    /// <summary>Fields of a partnership (its reports).</summary>
    public static void AddReportFields(this PartnershipType partnership)
    {
        partnership.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReportType>>>>("reports")
            .Description("Rapports d'avancement, par période (la plus ancienne d'abord). / Progress reports by period, earliest first.")
            .WithAccess(AccessRule.PartnershipMember)
            .ResolveAsync(async c => await c.Grains().GetGrain<IReportIndexGrain>(c.Source.Slug).ReadAllAsync(c.Actor()));
        partnership.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MissingReportType>>>>("missingReports")
            .Description("Semestres terminés sans aucun rapport, du plus ancien au plus récent ; « overdue » une fois l'échéance passée. / Half-years that ended with no report at all, oldest first; 'overdue' once the due date has passed.")
            .WithAccess(AccessRule.PartnershipMember)
            .ResolveAsync(async c => await c.Grains().GetGrain<IReportIndexGrain>(c.Source.Slug).ListMissingAsync(c.Actor()));
    }

    /// <summary>Reports in the change feed: read for the person asking, or taken from an action's answer.</summary>
    public static ChangeKind<Report> Changes { get; } = new(ReportGrain.Kind,
        (c, key) => c.Grains.GetGrain<IReportGrain>(key).GetAsync(c.Actor), r => (r.Key, r.Revision));
}
